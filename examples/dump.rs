fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let kind = citecheck::extract::detect_kind(Some(&path), None, &text);
    let doc = citecheck::model::Document {
        source: citecheck::model::InputSource::Path(path.into()),
        kind,
        text,
        base_url: url::Url::parse("https://blog.example.com/posts/").ok(),
        warnings: vec![],
    };
    let e = citecheck::extract::extract(&doc, &Default::default());
    println!("{}", serde_json::to_string_pretty(&e).unwrap());
}
