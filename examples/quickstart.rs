use actormap::dot::{self, DotOptions};
use actormap::metrics::{MetricsOptions, MetricsReport};
use actormap::{Lang, Network, View};

fn main() -> Result<(), actormap::Error> {
    // Read a map (JSON, or a folder of spreadsheets), refusing it if it has errors.
    let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;

    // The analysis view (every link is a tie), then every metric and the findings.
    let network = Network::new(&map, &View::default())?;
    let report = MetricsReport::compute(&network, &MetricsOptions::default());
    let broker = report
        .actors
        .iter()
        .max_by(|a, b| a.betweenness.total_cmp(&b.betweenness))
        .expect("the map has actors");
    println!(
        "{} actors; main broker: {} ({:.3})",
        report.network.actors, broker.name, broker.betweenness
    );
    // Each finding is a code with arguments; its sentence in French:
    for finding in &report.findings {
        println!("{}: {}", finding.severity, finding.sentence(Lang::Fr));
    }

    // The map as a Graphviz diagram: DOT text (`actormap::render` draws it).
    let dot = dot::to_dot(&map, &DotOptions::default().with_lang(Lang::Fr))?;
    println!("{dot}");
    Ok(())
}
