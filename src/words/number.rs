//! Numbers as people read them, in one place: the catalogs' `NUMBER(…)` and every table
//! go through [`decimal`] and [`percent`], so a French report never mixes "0.5" and
//! "0,5".

use super::Lang;

/// How a language writes numbers.
struct Style {
    decimal: char,
    group: &'static str,
    percent: &'static str,
}

fn style(lang: Lang) -> Style {
    match lang {
        Lang::Fr => Style {
            decimal: ',',
            group: "\u{202F}",
            percent: "\u{202F}%",
        },
        Lang::En | Lang::Pseudo => Style {
            decimal: '.',
            group: ",",
            percent: "%",
        },
    }
}

/// Numbers of this many digits or more have their thousands grouped ("12,500",
/// "12 500"); four-digit numbers stay whole, as style guides in both languages allow.
const GROUP_FROM: u32 = 5;

/// A number with exactly `digits` decimals; whole numbers of five digits or more are
/// grouped by thousands. "-0.00" is written "0.00": a negative value that is not there.
pub fn decimal(lang: Lang, x: f64, digits: usize) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "—".to_owned()
        } else {
            "∞".to_owned()
        };
    }
    let s = format!("{x:.digits$}");
    let s = match s.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_owned(),
        _ => s,
    };
    let st = style(lang);
    let (sign, body) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s.as_str()),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let mut out = String::with_capacity(s.len() + 4);
    out.push_str(sign);
    if int.len() as u32 >= GROUP_FROM {
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push_str(st.group);
            }
            out.push(c);
        }
    } else {
        out.push_str(int);
    }
    if let Some(frac) = frac {
        out.push(st.decimal);
        out.push_str(frac);
    }
    out
}

/// A whole number, grouped like [`decimal`].
pub fn integer(lang: Lang, n: u64) -> String {
    decimal(lang, n as f64, 0)
}

/// A share (0.45) as a percentage with `digits` decimals: "45%", "45 %". Halves round
/// away from zero (12.5 % is "13 %"), as people round by hand.
pub fn percent(lang: Lang, share: f64, digits: usize) -> String {
    let scale = 10f64.powi(digits as i32);
    let mut s = decimal(lang, (share * 100.0 * scale).round() / scale, digits);
    s.push_str(style(lang).percent);
    s
}

/// The shortest way to write a measure with at most `max` decimals: trailing zeros
/// dropped ("2.5", not "2.500").
pub fn shortest(lang: Lang, x: f64, max: usize) -> String {
    let s = decimal(lang, x, max);
    let dec = style(lang).decimal;
    if s.contains(dec) {
        s.trim_end_matches('0').trim_end_matches(dec).to_owned()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_in_both_languages() {
        assert_eq!(decimal(Lang::Fr, 0.1234, 3), "0,123");
        assert_eq!(decimal(Lang::En, 0.1234, 3), "0.123");
        assert_eq!(decimal(Lang::En, -0.0001, 2), "0.00");
        assert_eq!(decimal(Lang::En, -0.25, 2), "-0.25");
        assert_eq!(decimal(Lang::En, 1234.5, 1), "1234.5");
        assert_eq!(decimal(Lang::En, 12345.0, 0), "12,345");
        assert_eq!(
            decimal(Lang::Fr, 1234567.25, 2),
            "1\u{202F}234\u{202F}567,25"
        );
        assert_eq!(decimal(Lang::En, -123456.0, 0), "-123,456");
        assert_eq!(integer(Lang::Fr, 36), "36");
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(Lang::Fr, 0.456, 0), "46\u{202F}%");
        assert_eq!(percent(Lang::En, 1.0, 0), "100%");
        assert_eq!(percent(Lang::En, 0.125, 1), "12.5%");
        assert_eq!(percent(Lang::En, 0.125, 0), "13%");
        assert_eq!(percent(Lang::Fr, 0.005, 0), "1\u{202F}%");
        assert_eq!(shortest(Lang::Fr, 2.5, 3), "2,5");
        assert_eq!(shortest(Lang::En, 3.0, 3), "3");
    }
}
