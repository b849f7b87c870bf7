use actormap::{Level, Network, View};

fn main() -> Result<(), actormap::Error> {
    // Read a map (JSON, or a folder of spreadsheets), refusing it if it has errors.
    let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json".as_ref())?;

    // Every problem at once, errors and warnings, each with where it is.
    for problem in actormap::validate(&map) {
        println!("{}: {problem}", problem.severity);
    }

    // The analysis view: actors and their ties at coordination level or above.
    let view = View::default().with_min_level(Some(Level::Coordination));
    let network = Network::new(&map, &view)?;
    let isolated: Vec<&str> = network
        .actors()
        .filter(|(node, _)| network.adjacency().degree(node.index()) == 0)
        .map(|(_, actor)| actor.name.as_str())
        .collect();
    println!(
        "{} actors, {} ties; no tie: {isolated:?}",
        network.node_count(),
        network.edge_count()
    );
    Ok(())
}
