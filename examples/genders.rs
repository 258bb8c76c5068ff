fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    for p in byline::analyze::analyze(&text).people.iter().take(15) {
        println!("{:?} {} {:?}", p.gender, p.name, &p.aliases[..p.aliases.len().min(4)]);
    }
}
