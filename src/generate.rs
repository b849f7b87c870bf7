//! Synthetic actor maps: realistic in their make-up, any size, the same map for the same
//! seed. For benchmarks, for trying the tool without real data, and for tests that need a
//! large map.
//!
//! A generated map has the shares of kinds a territory's map usually has (about 40 %
//! public bodies, most of them directions of a few establishments that share an
//! `organization`; 35 % community organisations; 15 % private companies; 10 % service
//! users), territories, sectors, declared needs and the actors serving them, links at
//! levels skewed towards coordination and cooperation (some of them directed referrals),
//! and forums: a concertation table per territory with a facilitator and an animator,
//! action groups, and initiatives co-led by two co-leads.
//!
//! Two models draw the links:
//! - **Stochastic block model** ([`GeneratorModel::Sbm`]): territories are the blocks; nine links
//!   in ten join two actors of the same territory, the rest join any two actors.
//! - **Barabási–Albert** ([`GeneratorModel::Ba`]): each new actor links to `m` earlier actors
//!   chosen with probability proportional to their number of ties (NetworkX's
//!   `barabasi_albert_graph`: a star of `m + 1` actors to start), which gives the few
//!   very connected hubs real networks have.
//!
//! Both give about `m` links per actor (5 by default). The map is valid: no link from an
//! actor to itself, no pair linked twice, no two names alike; `actormap check` finds no
//! problem in it.

use std::collections::HashSet;

use crate::error::{ErrorKind, Result};
use crate::model::{Actor, ActorKind, ActorMap, Forum, Level, Link, Member, Need};
pub use crate::progress::Progress;
use crate::random::SplitMix64;

/// How the links of a generated map are drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GeneratorModel {
    /// Stochastic block model: territories are communities, dense within, sparse across.
    #[default]
    Sbm,
    /// Barabási–Albert preferential attachment: a scale-free backbone with hubs.
    Ba,
}

impl GeneratorModel {
    /// Both models, as accepted on the command line.
    pub const ALL: [GeneratorModel; 2] = [GeneratorModel::Sbm, GeneratorModel::Ba];

    /// The name on the command line: `sbm` or `ba`.
    pub fn as_str(self) -> &'static str {
        match self {
            GeneratorModel::Sbm => "sbm",
            GeneratorModel::Ba => "ba",
        }
    }
}

crate::model::codes!(GeneratorModel);

/// Most actors a map can be generated with. A million actors with 5 links each is about
/// 900 MB of JSON and 3.3 GB of memory while it is drawn; the other commands read about
/// 280,000 generated actors within the default input limit.
pub const MAX_ACTORS: usize = 1_000_000;

/// Most links a map can be generated with, counted as actors × links per actor.
pub const MAX_LINKS: usize = 10_000_000;

/// What to generate: how many actors, which model, which seed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct GenerateOptions {
    /// Number of actors.
    pub actors: usize,
    /// Seed of the pseudo-random sequence: the same options give the same map, on any
    /// machine.
    pub seed: u64,
    /// How the links are drawn.
    pub model: GeneratorModel,
    /// Links per actor, `m`: the Barabási–Albert model's number of links of each new
    /// actor, and the block model's number of links divided by the number of actors.
    pub links_per_actor: usize,
    /// Told how far the drawing of the links has gone (none: nobody is told).
    pub progress: Option<Progress>,
}

impl Default for GenerateOptions {
    /// 100 actors, seed 1, the block model, 5 links per actor.
    fn default() -> Self {
        GenerateOptions {
            actors: 100,
            seed: 1,
            model: GeneratorModel::Sbm,
            links_per_actor: 5,
            progress: None,
        }
    }
}

impl GenerateOptions {
    /// The options with this number of actors.
    pub fn with_actors(mut self, actors: usize) -> Self {
        self.actors = actors;
        self
    }

    /// The options with this seed.
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The options with this model.
    pub fn with_model(mut self, model: GeneratorModel) -> Self {
        self.model = model;
        self
    }

    /// The options with this number of links per actor (`m`).
    pub fn with_links_per_actor(mut self, m: usize) -> Self {
        self.links_per_actor = m;
        self
    }

    /// The options with a progress callback, told how far the drawing of the links has
    /// gone.
    pub fn with_progress(mut self, progress: Option<Progress>) -> Self {
        self.progress = progress;
        self
    }

    /// Refuse a map bigger than can be generated: more than [`MAX_ACTORS`] actors, or
    /// more than [`MAX_LINKS`] links (actors × links per actor).
    ///
    /// # Example
    /// ```
    /// use actormap::generate::GenerateOptions;
    ///
    /// assert!(GenerateOptions::default().with_actors(usize::MAX).check().is_err());
    /// assert!(GenerateOptions::default().with_actors(1000).check().is_ok());
    /// ```
    pub fn check(&self) -> Result<()> {
        let links = self.actors.saturating_mul(self.links_per_actor.max(1));
        if self.actors > MAX_ACTORS || links > MAX_LINKS {
            return Err(ErrorKind::TooBigToGenerate {
                actors: self.actors,
                links_per_actor: self.links_per_actor,
                max_actors: MAX_ACTORS,
                max_links: MAX_LINKS,
            }
            .into());
        }
        Ok(())
    }
}

/// Needs the generated actors serve: `(id, name)`.
const NEEDS: &[(&str, &str)] = &[
    ("caregivers", "Soutien aux proches aidants"),
    ("home-support", "Soutien à domicile"),
    ("transport", "Transport et accompagnement"),
    ("food", "Sécurité alimentaire"),
    ("housing", "Logement"),
    ("isolation", "Briser l'isolement"),
    ("mental-health", "Santé mentale"),
    ("addiction", "Dépendances"),
    ("employment", "Emploi et intégration"),
    ("youth", "Jeunesse et famille"),
    ("elder-abuse", "Maltraitance envers les aînés"),
    ("navigation", "Information et référence"),
];

/// Sectors by kind (public bodies, community organisations, private companies).
const PUBLIC_SECTORS: &[&str] = &["santé et services sociaux", "municipal", "éducation"];
const COMMUNITY_SECTORS: &[&str] = &[
    "aînés",
    "proches aidants",
    "sécurité alimentaire",
    "santé mentale",
    "logement",
    "jeunesse",
    "employabilité",
];
const PRIVATE_SECTORS: &[&str] = &[
    "soutien à domicile",
    "pharmacie",
    "clinique",
    "résidence privée",
    "transport",
];

/// Link levels, information to collaboration, skewed to coordination and cooperation.
const LEVEL_SHARES: [f64; 4] = [0.20, 0.35, 0.30, 0.15];

/// Generate a map. The same options always give the same map, to the byte once written.
///
/// # Complexity
/// O(actors × m) time and memory (expected).
///
/// # Panics
/// When the options ask for a map bigger than can be generated
/// ([`GenerateOptions::check`] says so first, as an error).
///
/// # Example
/// ```
/// use actormap::{generate::GenerateOptions, generate::GeneratorModel};
///
/// let options = GenerateOptions::default().with_actors(200).with_model(GeneratorModel::Ba).with_seed(7);
/// let map = actormap::generate::generate(&options);
/// assert_eq!(map.actors.len(), 200);
/// assert_eq!(map.actors[123].id, "a000123");
/// assert!(actormap::validate::validate(&map).is_empty());
/// assert_eq!(map, actormap::generate::generate(&options)); // deterministic
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn generate(options: &GenerateOptions) -> ActorMap {
    if let Err(e) = options.check() {
        panic!("{e}");
    }
    let mut progress = |done: usize, total: usize| {
        if let Some(p) = &options.progress {
            p.report(done, total);
        }
    };
    let progress: &mut dyn FnMut(usize, usize) = &mut progress;
    let n = options.actors;
    let m = options.links_per_actor.max(1);
    let mut rng = SplitMix64::new(options.seed);
    let territories = territory_count(n);
    let width = n.saturating_sub(1).to_string().len().max(6);
    let id = |i: usize| format!("a{i:0width$}");

    let mut map = ActorMap {
        name: Some(format!(
            "Carte générée — {n} acteurs ({}, graine {})",
            options.model, options.seed
        )),
        territory: Some("Territoire généré".to_owned()),
        as_of: Some("2025-01-01".to_owned()),
        description: Some(format!(
            "Synthetic map drawn by `actormap generate --actors {n} --seed {} --model {} \
             --links-per-actor {m}`: every actor, link and forum is invented.",
            options.seed, options.model
        )),
        needs: NEEDS
            .iter()
            .map(|&(id, name)| Need {
                id: id.to_owned(),
                name: name.to_owned(),
                extra: Default::default(),
            })
            .collect(),
        ..ActorMap::default()
    };

    // Actors: kind, territory, and for public bodies the establishment they belong to.
    // Actors are listed territory by territory, as directories list them.
    let mut territory_of: Vec<usize> = (0..n).map(|_| rng.below(territories)).collect();
    territory_of.sort_unstable();
    let mut establishment = 0usize;
    let mut directions_left = 0usize;
    // The last direction of the current establishment, and its territory.
    let mut last_direction: Option<(usize, usize)> = None;
    // Directions of one establishment work together: each is tied to the one before.
    let mut within: Vec<(usize, usize)> = Vec::new();
    map.actors.reserve(n);
    #[allow(clippy::needless_range_loop)] // the loop moves directions to their establishment
    for i in 0..n {
        let territory = territory_of[i];
        let kind = ActorKind::ALL[rng.choose(&[0.40, 0.35, 0.15, 0.10])];
        let mut actor = Actor::new(id(i), String::new(), kind);
        actor.territory = Some(format!("Territoire {}", territory + 1));
        match kind {
            ActorKind::Public => {
                // Three public bodies in four are directions of an establishment (a CISSS
                // with its home-support, mental-health, youth… directions); the others
                // are municipalities and schools.
                if rng.chance(0.75) {
                    if directions_left == 0 {
                        establishment += 1;
                        directions_left = 4 + rng.below(9);
                        last_direction = None;
                    }
                    directions_left -= 1;
                    if let Some((previous, territory)) = last_direction {
                        territory_of[i] = territory;
                        actor.territory = Some(format!("Territoire {}", territory + 1));
                        within.push((previous, i));
                    }
                    last_direction = Some((i, territory_of[i]));
                    actor.name = format!("Établissement {establishment} — Direction {i}");
                    actor.organization = Some(format!("etab-{establishment}"));
                    actor.sector = Some(PUBLIC_SECTORS[0].to_owned());
                } else if rng.chance(0.6) {
                    actor.name = format!("Municipalité {i}");
                    actor.sector = Some(PUBLIC_SECTORS[1].to_owned());
                } else {
                    actor.name = format!("École {i}");
                    actor.sector = Some(PUBLIC_SECTORS[2].to_owned());
                }
            }
            ActorKind::Community => {
                actor.name = format!("Organisme {i}");
                actor.sector =
                    Some(COMMUNITY_SECTORS[rng.below(COMMUNITY_SECTORS.len())].to_owned());
            }
            ActorKind::Private => {
                actor.name = format!("Entreprise {i}");
                actor.sector = Some(PRIVATE_SECTORS[rng.below(PRIVATE_SECTORS.len())].to_owned());
            }
            ActorKind::User => {
                actor.name = format!("Usager partenaire {i}");
            }
        }
        if kind != ActorKind::User {
            let count = 1 + rng.below(3);
            for _ in 0..count {
                let need = NEEDS[rng.below(NEEDS.len())].0;
                if !actor.services.iter().any(|s| s == need) {
                    actor.services.push(need.to_owned());
                }
            }
        }
        map.actors.push(actor);
    }

    // Links: pairs of node indices, each pair once.
    let pairs = match options.model {
        GeneratorModel::Ba => barabasi_albert(n, m, &mut rng, progress),
        GeneratorModel::Sbm => {
            block_model(&territory_of, territories, m, within, &mut rng, progress)
        }
    };
    map.links.reserve(pairs.len());
    for (a, b) in pairs {
        let level = Level::ALL[rng.choose(&LEVEL_SHARES)];
        let (mut source, mut target) = (a, b);
        if rng.chance(0.5) {
            std::mem::swap(&mut source, &mut target);
        }
        let mut link = Link::new(id(source), id(target), level);
        let roll = rng.unit();
        link.kind = Some(
            if roll < 0.25 && level <= Level::Cooperation {
                link.directed = true;
                "referral"
            } else if level == Level::Collaboration && roll < 0.6 {
                "co-leadership"
            } else if level == Level::Cooperation && roll < 0.5 {
                "shared-staff"
            } else if level == Level::Information {
                "information"
            } else {
                "agreement"
            }
            .to_owned(),
        );
        map.links.push(link);
    }

    map.forums = forums(&map.actors, &territory_of, territories, &mut rng, &id);
    map
}

/// About one territory per 400 actors, at least 5 when there are enough actors, so that
/// a territory holds a few dozen to a few hundred actors.
fn territory_count(n: usize) -> usize {
    if n < 10 {
        1
    } else {
        (n / 400).clamp(5.min(n / 10), 1000).max(1)
    }
}

/// Barabási–Albert: a star of `m + 1` nodes, then each node links to `m` distinct earlier
/// nodes drawn with probability proportional to their degree.
fn barabasi_albert(
    n: usize,
    m: usize,
    rng: &mut SplitMix64,
    progress: &mut dyn FnMut(usize, usize),
) -> Vec<(usize, usize)> {
    let mut edges = Vec::with_capacity(n.saturating_sub(m) * m);
    if n < 2 {
        return edges;
    }
    let m = m.min(n - 1);
    // Every edge end once: drawing from it is drawing by degree.
    let mut ends: Vec<u32> = Vec::with_capacity(2 * n * m);
    for v in 1..=m {
        edges.push((0, v));
        ends.extend([0, v as u32]);
    }
    let mut targets: Vec<usize> = Vec::with_capacity(m);
    for v in m + 1..n {
        targets.clear();
        while targets.len() < m {
            let t = ends[rng.below(ends.len())] as usize;
            if !targets.contains(&t) {
                targets.push(t);
            }
        }
        for &t in &targets {
            edges.push((t, v));
            ends.extend([t as u32, v as u32]);
        }
        if v % 4096 == 0 {
            progress(v, n);
        }
    }
    progress(n, n);
    edges
}

/// Block model with a fixed number of links: the ties within establishments first, then
/// nine in ten join two actors of the same territory, the rest any two actors; pairs
/// already drawn are drawn again.
fn block_model(
    territory_of: &[usize],
    territories: usize,
    m: usize,
    within: Vec<(usize, usize)>,
    rng: &mut SplitMix64,
    progress: &mut dyn FnMut(usize, usize),
) -> Vec<(usize, usize)> {
    let n = territory_of.len();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); territories];
    for (i, &t) in territory_of.iter().enumerate() {
        members[t].push(i);
    }
    // No more than a third of the possible pairs, so that drawing again always ends.
    let possible = n * n.saturating_sub(1) / 2;
    let wanted = (n * m).min(possible / 3);
    let mut seen: HashSet<(u32, u32)> = HashSet::with_capacity(wanted);
    let mut edges = Vec::with_capacity(wanted);
    for (a, b) in within.into_iter().take(wanted) {
        seen.insert((a as u32, b as u32));
        edges.push((a, b));
    }
    let mut attempts = 0usize;
    while edges.len() < wanted && attempts < 20 * wanted + 100 {
        attempts += 1;
        let a = rng.below(n);
        let b = if rng.chance(0.9) {
            let block = &members[territory_of[a]];
            block[rng.below(block.len())]
        } else {
            rng.below(n)
        };
        if a == b {
            continue;
        }
        let key = (a.min(b) as u32, a.max(b) as u32);
        if seen.insert(key) {
            edges.push((key.0 as usize, key.1 as usize));
            if edges.len() % 16384 == 0 {
                progress(edges.len(), wanted);
            }
        }
    }
    progress(wanted, wanted);
    edges
}

/// Forums: a concertation table per territory (a facilitator, an animator and members
/// of every kind), an action group per territory, and initiatives co-led by two
/// actors, about one per 50 actors.
fn forums(
    actors: &[Actor],
    territory_of: &[usize],
    territories: usize,
    rng: &mut SplitMix64,
    id: &dyn Fn(usize) -> String,
) -> Vec<Forum> {
    let n = actors.len();
    let mut out = Vec::new();
    if n < 4 {
        return out;
    }
    let mut members_of: Vec<Vec<usize>> = vec![Vec::new(); territories];
    for (i, &t) in territory_of.iter().enumerate() {
        members_of[t].push(i);
    }
    let seat = |pool: &[usize], size: usize, rng: &mut SplitMix64| -> Vec<usize> {
        let mut chosen: Vec<usize> = Vec::with_capacity(size);
        let size = size.min(pool.len());
        let mut tries = 0;
        while chosen.len() < size && tries < 20 * size {
            tries += 1;
            let a = pool[rng.below(pool.len())];
            if !chosen.contains(&a) {
                chosen.push(a);
            }
        }
        chosen
    };
    let member = |actor: usize, role: Option<&str>| Member {
        actor: id(actor),
        role: role.map(str::to_owned),
        extra: Default::default(),
    };
    for (t, pool) in members_of.iter().enumerate() {
        if pool.len() < 4 {
            continue;
        }
        let chosen = seat(pool, 12 + rng.below(14), rng);
        let mut table = Forum {
            id: format!("table-{}", t + 1),
            name: format!("Table de concertation du territoire {}", t + 1),
            kind: Some("table".to_owned()),
            sector: Some("aînés".to_owned()),
            needs: vec![NEEDS[rng.below(NEEDS.len())].0.to_owned()],
            members: Vec::new(),
            extra: Default::default(),
        };
        let mut facilitator = false;
        for (k, &a) in chosen.iter().enumerate() {
            let role = match actors[a].kind {
                ActorKind::Public if !facilitator => {
                    facilitator = true;
                    Some("facilitator")
                }
                ActorKind::User => Some("user-partner"),
                _ if k == 1 => Some("animator"),
                _ => None,
            };
            table.members.push(member(a, role));
        }
        out.push(table);

        let chosen = seat(pool, 6 + rng.below(7), rng);
        out.push(Forum {
            id: format!("action-{}", t + 1),
            name: format!("Groupe d'action du territoire {}", t + 1),
            kind: Some("action-group".to_owned()),
            sector: None,
            needs: Vec::new(),
            members: chosen
                .iter()
                .enumerate()
                .map(|(k, &a)| member(a, (k == 0).then_some("delegated-manager")))
                .collect(),
            extra: Default::default(),
        });
    }
    let all: Vec<usize> = (0..n).collect();
    for k in 0..(n / 50).max(1) {
        let t = rng.below(territories);
        let pool = if members_of[t].len() >= 4 {
            &members_of[t]
        } else {
            &all
        };
        let chosen = seat(pool, 4 + rng.below(6), rng);
        let need = NEEDS[rng.below(NEEDS.len())];
        out.push(Forum {
            id: format!("initiative-{}", k + 1),
            name: format!("Chantier {} — {}", k + 1, need.1),
            kind: Some("initiative".to_owned()),
            sector: None,
            needs: vec![need.0.to_owned()],
            members: chosen
                .iter()
                .enumerate()
                .map(|(j, &a)| member(a, (j < 2).then_some("co-lead")))
                .collect(),
            extra: Default::default(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::{Network, View};

    #[test]
    fn same_seed_same_map_other_seed_other_map() {
        for model in GeneratorModel::ALL {
            let options = GenerateOptions::default()
                .with_actors(300)
                .with_model(model)
                .with_seed(3);
            let a = generate(&options);
            assert_eq!(a, generate(&options));
            assert_ne!(a, generate(&options.clone().with_seed(4)));
        }
    }

    #[test]
    fn generated_maps_are_clean_and_near_five_links_per_actor() {
        for model in GeneratorModel::ALL {
            for n in [0, 1, 2, 3, 5, 9, 40, 1000] {
                let map = generate(&GenerateOptions::default().with_actors(n).with_model(model));
                assert_eq!(map.actors.len(), n);
                assert!(crate::validate::validate(&map).is_empty(), "{model} {n}");
                let net = Network::new(&map, &View::default()).unwrap();
                assert_eq!(net.edge_count(), map.links.len(), "each pair once");
                if n == 1000 {
                    let links = map.links.len() as f64 / n as f64;
                    assert!((4.9..=5.0).contains(&links), "{model}: {links}");
                }
            }
        }
    }

    #[test]
    fn kinds_levels_and_forums_are_plausible() {
        let map = generate(&GenerateOptions::default().with_actors(5000));
        let share =
            |kind: ActorKind| map.actors.iter().filter(|a| a.kind == kind).count() as f64 / 5000.0;
        assert!((0.37..0.43).contains(&share(ActorKind::Public)));
        assert!((0.32..0.38).contains(&share(ActorKind::Community)));
        assert!((0.13..0.17).contains(&share(ActorKind::Private)));
        assert!((0.08..0.12).contains(&share(ActorKind::User)));
        let at = |level: Level| map.links.iter().filter(|l| l.level == level).count();
        assert!(at(Level::Coordination) > at(Level::Information));
        assert!(at(Level::Cooperation) > at(Level::Collaboration));
        assert!(map.links.iter().any(|l| l.directed));
        let initiatives: Vec<&Forum> = map
            .forums
            .iter()
            .filter(|f| f.kind.as_deref() == Some("initiative"))
            .collect();
        assert!(!initiatives.is_empty());
        for f in initiatives {
            assert_eq!(
                f.members.iter().filter(|m| m.role() == "co-lead").count(),
                2
            );
        }
        let organisations: HashSet<&str> = map
            .actors
            .iter()
            .filter_map(|a| a.organization.as_deref())
            .collect();
        assert!(organisations.len() > 50);
    }

    #[test]
    fn block_model_keeps_links_within_territories() {
        let map = generate(&GenerateOptions::default().with_actors(2000));
        let territory = |id: &str| map.actor(id).unwrap().territory.clone();
        let within = map.links[..500]
            .iter()
            .filter(|l| territory(&l.source) == territory(&l.target))
            .count();
        assert!(within > 400, "{within}");
    }

    #[test]
    fn barabasi_albert_has_hubs() {
        let map = generate(
            &GenerateOptions::default()
                .with_actors(2000)
                .with_model(GeneratorModel::Ba),
        );
        let net = Network::new(&map, &View::default()).unwrap();
        let max = (0..2000).map(|v| net.adjacency().degree(v)).max().unwrap();
        assert!(max > 60, "{max}");
        // m + (n - m - 1) * m links.
        assert_eq!(map.links.len(), 5 + 1994 * 5);
    }

    #[test]
    fn models_parse_by_name() {
        assert_eq!("ba".parse::<GeneratorModel>(), Ok(GeneratorModel::Ba));
        assert!("er".parse::<GeneratorModel>().is_err());
    }
}
