//! The command line's help in the catalog's words. The clap derive structs say what the
//! command line accepts; every text `--help` shows (descriptions, argument help, value
//! names, examples, exit codes) is then put in from `cli-…` messages of `cli.ftl`, in
//! the language of the help.
//!
//! Message ids, for a command `<cmd>` (`actormap` for the command itself, `help` for
//! `actormap help`):
//!
//! - `cli-<cmd>-about`: what the command does, in one line;
//! - `cli-<cmd>-examples`: one example a line, shown under `cli-examples-heading`;
//! - `cli-<cmd>-notes` (when the command has some): paragraphs after the examples, one
//!   line each, blank lines between them;
//! - `cli-<cmd>-exit-codes`, else `cli-exit-codes`;
//! - `cli-<cmd>-arg-<arg>`, else `cli-<group>-arg-<arg>` for the commands of a group
//!   (`diagram`: `dot` and `render`), else `cli-arg-<arg>`, the flags that mean the
//!   same everywhere (`--quiet`, `--max-depth`, `-o`…); an argument whose values are
//!   described one by one has an attribute per value (`.graphml`);
//! - `cli-value-<name>`: a value name (`FILE` is `FICHIER` in French).

use std::collections::BTreeSet;
use std::ffi::OsString;

use actormap::Lang;
use actormap::words::{self, Args as Words};
use clap::builder::{PossibleValuesParser, TypedValueParser, ValueParser};
use clap::{Arg, Command};

/// The language of the help: `--lang L` (or `--lang=L`) anywhere on the command line,
/// else the `ACTORMAP_LANG` environment variable, else English.
pub(crate) fn language(args: impl IntoIterator<Item = OsString>, env: Option<OsString>) -> Lang {
    let mut args = args.into_iter();
    let mut asked = None;
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang=") {
            Some(value) => Some(value.to_owned()),
            None if arg == "--lang" => args.next().map(|v| v.to_string_lossy().into_owned()),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| v.parse::<Lang>().ok()) {
            asked = Some(lang);
        }
    }
    asked
        .or_else(|| env.and_then(|v| v.to_str()?.parse().ok()))
        .unwrap_or_default()
}

/// The command line with its help in `lang`.
pub(crate) fn localize(cmd: Command, lang: Lang) -> Command {
    Localizer::new(lang).localize(cmd)
}

/// The commands whose arguments share messages: `cli-<group>-arg-<arg>`.
fn group(command: &str) -> Option<&'static str> {
    match command {
        "dot" | "render" => Some("diagram"),
        _ => None,
    }
}

/// The parser of an argument whose values `--help` describes one by one, given each
/// value's description.
type Described = fn(&mut dyn FnMut(&str) -> String) -> ValueParser;

/// The arguments whose values `--help` describes one by one.
fn described(command: &str, arg: &str) -> Option<Described> {
    match (command, arg) {
        ("import", "from") => Some(described_values::<actormap::interop::ImportFormat>),
        ("export", "to") => Some(described_values::<actormap::interop::ExportFormat>),
        _ => None,
    }
}

/// A parser of `T`'s values, each with its description.
fn described_values<T: actormap::model::Code + Send + Sync>(
    describe: &mut dyn FnMut(&str) -> String,
) -> ValueParser {
    let values: Vec<_> = T::codes()
        .into_iter()
        .map(|code| clap::builder::PossibleValue::new(code).help(describe(code)))
        .collect();
    ValueParser::new(
        PossibleValuesParser::new(values)
            .map(|s| T::from_code(&s).expect("one of the listed values")),
    )
}

/// The two walks of the command tree: the derive's, then what building it adds.
#[derive(Clone, Copy, PartialEq)]
enum Pass {
    Derived,
    Built,
}

/// Puts the catalog's words into a command tree, and keeps what it looked for.
pub(crate) struct Localizer {
    lang: Lang,
    /// Texts the catalog lacks (`what: ids tried`); none, as the tests check.
    pub(crate) missing: Vec<String>,
    /// The message ids used.
    pub(crate) used: BTreeSet<String>,
}

impl Localizer {
    pub(crate) fn new(lang: Lang) -> Self {
        Localizer {
            lang,
            missing: Vec::new(),
            used: BTreeSet::new(),
        }
    }

    /// The command line, built (clap's `--help`, `--version` and `help` included), with
    /// every text from the catalog.
    pub(crate) fn localize(&mut self, cmd: Command) -> Command {
        // The derive's texts first: how clap lays out the help depends on them (whether
        // values are described one by one).
        let mut cmd = self.command(cmd, "actormap", Pass::Derived);
        cmd.build();
        self.command(cmd, "actormap", Pass::Built)
    }

    /// The first of `ids` the catalog has, in words.
    fn first(&mut self, ids: &[String]) -> Option<String> {
        let id = ids.iter().find(|id| words::has_message(self.lang, id))?;
        self.used.insert(id.clone());
        Some(words::message(self.lang, id, &Words::new()))
    }

    /// The first of `ids` the catalog has; noted as missing when there is none.
    fn need(&mut self, what: &str, ids: &[String]) -> Option<String> {
        let text = self.first(ids);
        if text.is_none() {
            self.missing.push(format!("{what}: {}", ids.join(" or ")));
        }
        text
    }

    /// A command and its subcommands, `key` naming it in the catalog.
    fn command(&mut self, mut cmd: Command, key: &str, pass: Pass) -> Command {
        let name = cmd.get_name().to_owned();
        // Building adds `actormap help` (and `actormap help help`); the copies of the
        // commands under it take the descriptions the commands already have.
        let ours = match pass {
            Pass::Derived => true,
            Pass::Built => key == "help",
        };
        if ours {
            if let Some(about) = self.need(&name, &[format!("cli-{key}-about")]) {
                cmd = cmd.about(about);
            }
        }
        if pass == Pass::Derived {
            cmd = cmd.after_help(self.after_help(key));
        }
        let args: Vec<String> = cmd
            .get_arguments()
            .map(|a| a.get_id().as_str().to_owned())
            .filter(|id| (pass == Pass::Built) == matches!(id.as_str(), "help" | "version"))
            .collect();
        for id in args {
            cmd = cmd.mut_arg(&id, |arg| self.arg(arg, key));
        }
        let subcommands: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_owned())
            .collect();
        for sub in subcommands {
            cmd = cmd.mut_subcommand(&sub, |c| self.command(c, &sub, pass));
        }
        cmd
    }

    /// Examples, notes and exit codes.
    fn after_help(&mut self, key: &str) -> String {
        let mut text = String::new();
        let heading = self.need(key, &["cli-examples-heading".to_owned()]);
        let examples = self.need(key, &[format!("cli-{key}-examples")]);
        text.push_str(&heading.unwrap_or_default());
        for line in examples.unwrap_or_default().lines() {
            text.push_str("\n  ");
            text.push_str(line);
        }
        if let Some(notes) = self.first(&[format!("cli-{key}-notes")]) {
            text.push_str("\n\n");
            text.push_str(&notes);
        }
        let exit_codes = [format!("cli-{key}-exit-codes"), "cli-exit-codes".to_owned()];
        if let Some(codes) = self.need(key, &exit_codes) {
            text.push_str("\n\n");
            text.push_str(&codes);
        }
        text
    }

    /// An argument's help, value names and values.
    fn arg(&mut self, mut arg: Arg, command: &str) -> Arg {
        let id = arg.get_id().as_str().replace('_', "-");
        let what = format!("{command} {id}");
        match id.as_str() {
            // clap's own flags: the help, with a second text when `-h` shows less than
            // `--help`.
            "help" if arg.get_long_help().is_some() => {
                let more = self.attribute(&what, "cli-arg-help", "more");
                let summary = self.attribute(&what, "cli-arg-help", "summary");
                return arg.help(more).long_help(summary);
            }
            "help" | "version" => {}
            _ if arg.get_long_help().is_some() => {
                self.missing
                    .push(format!("{what}: a long help no message replaces"));
            }
            _ => {}
        }
        let ids: Vec<String> = [Some(command), group(command)]
            .into_iter()
            .flatten()
            .map(|prefix| format!("cli-{prefix}-arg-{id}"))
            .chain([format!("cli-arg-{id}")])
            .collect();
        if let Some(help) = self.need(&what, &ids) {
            arg = arg.help(help);
        }
        if let Some(names) = arg
            .get_value_names()
            .filter(|_| arg.get_action().takes_values())
        {
            let names: Vec<String> = names
                .iter()
                .map(|n| {
                    let key: String = n
                        .as_str()
                        .chars()
                        .map(|c| {
                            if c.is_ascii_alphanumeric() {
                                c.to_ascii_lowercase()
                            } else {
                                '-'
                            }
                        })
                        .collect();
                    let fallback = n.as_str().to_owned();
                    self.need(&what, &[format!("cli-value-{key}")])
                        .unwrap_or(fallback)
                })
                .collect();
            arg = arg.value_names(names);
        }
        if let Some(parser) = described(command, arg.get_id().as_str()) {
            let message = ids
                .iter()
                .find(|id| words::has_message(self.lang, id))
                .cloned()
                .unwrap_or_default();
            arg = arg.value_parser(parser(&mut |value| {
                self.attribute(&format!("{what} {value}"), &message, value)
            }));
        } else if arg
            .get_possible_values()
            .iter()
            .any(|v| v.get_help().is_some())
        {
            self.missing
                .push(format!("{what}: values described outside the catalog"));
        }
        arg
    }

    /// An attribute of a message; noted as missing when there is none.
    fn attribute(&mut self, what: &str, id: &str, attribute: &str) -> String {
        if words::has_attribute(self.lang, id, attribute) {
            self.used.insert(id.to_owned());
            self.used.insert(format!("{id}.{attribute}"));
            words::attribute(self.lang, id, attribute, &Words::new())
        } else {
            self.missing.push(format!("{what}: {id}.{attribute}"));
            attribute.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn localized(lang: Lang) -> (Command, Localizer) {
        let mut localizer = Localizer::new(lang);
        let cmd = localizer.localize(crate::Cli::command());
        (cmd, localizer)
    }

    /// What is left of a text once every piece the catalog made (`⟦…⟧` in the test
    /// language) is taken out: only spaces and line breaks when it all came from there.
    fn unmarked(text: &str) -> String {
        let mut left = String::new();
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '⟦' => depth += 1,
                '⟧' => depth = depth.saturating_sub(1),
                c if depth == 0 && !c.is_whitespace() => left.push(c),
                _ => {}
            }
        }
        left
    }

    /// Every command of the tree with its path (`actormap metrics`), the copies under
    /// `actormap help` included.
    fn commands(cmd: &Command, path: String, out: &mut Vec<(String, Command)>) {
        out.push((path.clone(), cmd.clone()));
        for sub in cmd.get_subcommands() {
            commands(sub, format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_words_in_both_languages() {
        for lang in Lang::ALL {
            let (cmd, localizer) = localized(lang);
            assert!(
                localizer.missing.is_empty(),
                "{lang}: no message for\n{}",
                localizer.missing.join("\n")
            );
            let mut all = Vec::new();
            commands(&cmd, "actormap".into(), &mut all);
            let subcommands = cmd.get_subcommands().count();
            assert!(subcommands >= 12, "{lang}: {subcommands} subcommands");
            for (path, c) in &all {
                assert!(c.get_about().is_some(), "{lang} {path}: no description");
                for arg in c.get_arguments() {
                    assert!(
                        arg.get_help().is_some(),
                        "{lang} {path} {}: no help",
                        arg.get_id()
                    );
                }
            }
        }
    }

    #[test]
    fn no_text_of_the_help_comes_from_anywhere_but_the_catalog() {
        let (cmd, _) = localized(Lang::Pseudo);
        let mut all = Vec::new();
        commands(&cmd, "actormap".into(), &mut all);
        let mut texts: Vec<(String, String)> = Vec::new();
        for (path, c) in &all {
            let mut text = |what: &str, t: Option<String>| {
                if let Some(t) = t {
                    texts.push((format!("{path}: {what}"), t));
                }
            };
            text("about", c.get_about().map(|t| t.to_string()));
            text("long about", c.get_long_about().map(|t| t.to_string()));
            text("before help", c.get_before_help().map(|t| t.to_string()));
            text("after help", c.get_after_help().map(|t| t.to_string()));
            text(
                "after long help",
                c.get_after_long_help().map(|t| t.to_string()),
            );
            for arg in c.get_arguments() {
                let id = arg.get_id();
                text(&format!("{id} help"), arg.get_help().map(|t| t.to_string()));
                text(
                    &format!("{id} long help"),
                    arg.get_long_help().map(|t| t.to_string()),
                );
                let takes_values = arg.get_action().takes_values();
                for name in arg
                    .get_value_names()
                    .filter(|_| takes_values)
                    .unwrap_or_default()
                {
                    text(&format!("{id} value name"), Some(name.to_string()));
                }
                for value in arg.get_possible_values() {
                    text(
                        &format!("{id} value"),
                        value.get_help().map(|t| t.to_string()),
                    );
                }
            }
        }
        assert!(texts.len() > 100, "only {} texts", texts.len());
        for (what, text) in texts {
            let left = unmarked(&text);
            assert!(
                left.is_empty(),
                "{what}: {left:?} is not from the catalog in {text:?}"
            );
        }
    }

    #[test]
    fn every_help_message_of_the_catalog_is_shown() {
        let help_shaped = |id: &str| {
            id.ends_with("-about")
                || id.ends_with("-examples")
                || id.ends_with("-notes")
                || id.ends_with("-exit-codes")
                || id.contains("-arg-")
                || id.starts_with("cli-arg-")
                || id.starts_with("cli-value-")
        };
        for lang in Lang::ALL {
            let (_, localizer) = localized(lang);
            let (_, cli) = words::catalog_sources(lang)
                .iter()
                .find(|(area, _)| *area == "cli")
                .expect("a cli catalog");
            for line in cli.lines() {
                let Some((id, _)) = line.split_once(" =") else {
                    continue;
                };
                if id.starts_with("cli-") && help_shaped(id) {
                    assert!(
                        localizer.used.contains(id),
                        "{lang}: {id} is in cli.ftl but no command or argument shows it"
                    );
                }
            }
        }
    }

    #[test]
    fn the_help_speaks_the_language_asked_for() {
        let args = |s: &str| s.split(' ').map(OsString::from).collect::<Vec<_>>();
        let fr = Some(OsString::from("fr_CA.UTF-8"));
        assert_eq!(language(args("actormap metrics --help"), None), Lang::En);
        assert_eq!(
            language(args("actormap metrics --lang fr --help"), None),
            Lang::Fr
        );
        assert_eq!(
            language(args("actormap --help metrics --lang=fr"), None),
            Lang::Fr
        );
        assert_eq!(
            language(args("actormap metrics --help"), fr.clone()),
            Lang::Fr
        );
        assert_eq!(
            language(args("actormap metrics --lang en"), fr.clone()),
            Lang::En
        );
        assert_eq!(
            language(args("actormap metrics --lang xx"), fr.clone()),
            Lang::Fr
        );
        assert_eq!(
            language(args("actormap check -- --lang fr"), None),
            Lang::En
        );
        assert_eq!(language(args("actormap check --lang"), None), Lang::En);
    }
}
