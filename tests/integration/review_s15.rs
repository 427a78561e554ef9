//! Regressions found by reviewing the fifteenth session's attribution rules: each input
//! gave a wrong source, a false quotation, a lost note or a false warning before the fix.

use citecheck::model::DocKind;

use crate::support::{cited, extract_as};

/// `preceding` needs the earlier sentence's subject (or the link's own words) named again,
/// with its own verb of saying: not the object of that sentence, not `It was, analysts
/// said`, not `The leak, the ministry said`.
#[test]
fn preceding_link_only_for_the_same_subject() {
    let e = extract_as(
        DocKind::Markdown,
        "Hale attacked the minister in [a blog post](https://blog.example.org/hale). The \
         minister said the attack was \"a stunt by people who never read the budget\".\n\n\
         The firm posted its results on [its investor site](https://ir.example.com/q3). It \
         was, analysts said, \"the worst quarter in the company's forty-year history\".\n\n\
         Reuters [reported the leak](https://reuters.example.com/leak). The leak, the ministry \
         said, was \"a criminal act that will be investigated fully\".\n",
    );
    assert_eq!(cited(&e, "a stunt by people"), []);
    assert_eq!(cited(&e, "the worst quarter"), []);
    assert_eq!(cited(&e, "a criminal act"), []);
}

/// A sentence opening with a brand in lower case (`eBay`) is a new sentence; only an
/// initial before a lower-case word (`E. coli`) joins two.
#[test]
fn a_brand_in_lower_case_starts_a_sentence() {
    let e = extract_as(
        DocKind::Markdown,
        "Sales fell this quarter, according to [Reuters](https://reuters.example.com/a). \
         eBay's chief executive called the drop \"a temporary dip in a long recovery\".\n",
    );
    assert_eq!(cited(&e, "a temporary dip"), []);
}

/// A verb of saying extends a marker's reach only when no comma hands the words to someone
/// else (`found just 4,000 residents, a number the mayor later termed “…”`).
#[test]
fn reporting_reach_stops_at_another_speaker() {
    let e = extract_as(
        DocKind::Markdown,
        "The 2020 census[^1] found just 4,000 residents, a number the mayor later termed \"a \
         catastrophe for the whole valley\".\n\n[^1]: Census, https://census.example.gov/2020\n",
    );
    assert_eq!(cited(&e, "a catastrophe"), []);
}

/// PDF text: a locator's number glued to its abbreviation (`s.4`, `p.12`) is no marker, and
/// a marker glued after a full stop ends its sentence (`century.1 One worker …`).
#[test]
fn glued_numbers_after_abbreviations_and_sentence_ends() {
    let e = extract_as(
        DocKind::Text,
        "The regulator's figures are stark.1 Under s.4 the agency said that \"a discharge \
         permit may be revoked at any time\" yet it never has. On p.12 the report says \"river \
         quality has declined in every catchment we monitor\".\n\n\
         ______________\n\
         1 Water Board, Annual Figures 2023. https://water.example.org/2023\n\
         2 Ibid., table 2.\n\
         3 Ibid., table 3.\n\
         4 Ibid., table 4.\n\
         5 Ibid., table 5.\n\
         6 Ibid., table 6.\n\
         7 Ibid., table 7.\n\
         8 Ibid., table 8.\n\
         9 Ibid., table 9.\n\
         10 Ibid., table 10.\n\
         11 Ibid., table 11.\n\
         12 Ibid., table 12.\n",
    );
    assert_eq!(cited(&e, "a discharge permit"), []);
    assert_eq!(cited(&e, "river quality"), []);
}

/// Under a forum question (`> How do I …?`) or a reply's quotation (`kestrel wrote:`), a
/// lone link is the answer, not the quotation's source.
#[test]
fn an_answer_link_is_not_the_questions_source() {
    let e = extract_as(
        DocKind::Markdown,
        "**Reply from kestrel:**\n\n\
         > How do I reset the admin password without losing the existing data?\n\n\
         https://docs.example.org/admin/reset\n\n\
         dbanks wrote:\n\n\
         > The export plugin never worked for me on the old version of the board.\n\n\
         https://plugins.example.org/export\n",
    );
    assert_eq!(cited(&e, "How do I reset"), []);
    assert_eq!(cited(&e, "The export plugin"), []);
}

/// An address, steps or a list of names indented under a colon are no quotation: the line
/// above must say who said or wrote it, or cite a note.
#[test]
fn indented_lines_under_a_plain_colon_are_no_quotation() {
    let e = extract_as(
        DocKind::Text,
        "Please send written comments before Friday to:\n\n\
         \x20   Planning Department of the city council\n\
         \x20   City Hall, 1 Main Street, Springfield\n\n\
         The steps to turn it off are:\n\n\
         \x20 Open the settings page and choose the privacy tab\n\
         \x20 Turn off location history on every device you own\n",
    );
    assert!(e.quotes.is_empty(), "{:#?}", e.quotes);
}

/// Related-post and promo cards marked up as `<article class="post …">` stay furniture;
/// only a newsletter's own post (`newsletter-post`) is the article.
#[test]
fn related_post_cards_stay_furniture() {
    let e = extract_as(
        DocKind::Html,
        "<html><body><article class=\"post\"><p>The minister said progress was “slower than \
         anyone in this room would accept”.</p></article>\
         <article class=\"post related-post\"><p>Also: “unsafe for bathing until further \
         notice”</p></article><article class=\"story promo\"><p>“the best local journalism in \
         the county”</p></article></body></html>",
    );
    let texts: Vec<&str> = e.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["slower than anyone in this room would accept"]);
}

/// `^[…]` is an inline note only when it says something in words: a quoted pattern's
/// character class (`^[#;]`) stays in the quotation, and a Reddit-style `^[2]` is no note.
/// An inline note is found in a list item longer than 512 bytes too.
#[test]
fn caret_brackets_that_say_nothing_are_no_notes() {
    let long =
        "The committee heard evidence from many witnesses over several long days. ".repeat(8);
    let e = extract_as(
        DocKind::Markdown,
        &format!(
            "The manual says \"lines matching ^[#;] are ignored by the parser entirely\" \
             ([docs](https://docs.example.org/config)).\n\n\
             One maintainer called it \"the best change we have merged this year\".^[2]\n\n\
             - {long}It called the report \"the most important inquiry of the \
             decade\".^[Committee minutes, 2024. <https://minutes.example.org/2024>]\n\n\
             [2] https://github.example.com/tool/pull/99\n"
        ),
    );
    assert_eq!(
        e.quotes
            .iter()
            .find(|q| q.text.starts_with("lines matching"))
            .map(|q| q.text.as_str()),
        Some("lines matching ^[#;] are ignored by the parser entirely")
    );
    assert_eq!(
        cited(&e, "the most important inquiry")
            .first()
            .and_then(|c| c.1.clone())
            .as_deref(),
        Some("https://minutes.example.org/2024")
    );
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// `（1）` numbering points in Chinese or Japanese prose is no note marker; `（1）` before
/// the full stop is.
#[test]
fn full_width_enumerations_are_no_markers() {
    let e = extract_as(
        DocKind::Markdown,
        "反对者认为（1）“只会让小商户更难生存”，（2）“根本解决不了拥堵问题”。\
         支持者说“来得太晚了，早该如此”（1）。\n\n\
         注\n\n\
         1. 市政府公告，https://gov.example.cn/a\n\
         2. 商会声明，https://chamber.example.cn/b\n",
    );
    assert_eq!(cited(&e, "只会让小商户"), []);
    assert_eq!(cited(&e, "根本解决不了"), []);
    assert_eq!(cited(&e, "来得太晚了")[0].0.as_deref(), Some("1"));
}

/// Found by the sixth evaluation: a marker closing a phrase fronted to the sentence cites
/// the main clause's quotation (`In a later paper [4], Benn and Okafor go further: “…”`);
/// `That's from …[2]` under a block quotation refers back to it; a pull quote in a Markdown
/// file's HTML block is furniture, not a second quotation.
#[test]
fn fronted_phrase_markers_thats_from_and_markdown_pull_quotes() {
    let e = extract_as(
        DocKind::Markdown,
        "In a later paper [4], Benn and Okafor go further: \"the short week is a management \
         choice, not a labour-market trend.\"\n\n\
         > Heat pumps are not a consumer product in the way a fridge is. They are a renovation.\n\n\
         That's from Ruth Moss, in an interview with *Energy Weekly*.[^2]\n\n\
         \"People think it's a gimmick until they taste the beans,\" says Maud Ellery.\n\n\
         <aside class=\"pull-quote\">\"People think it's a gimmick until they taste the beans\"</aside>\n\n\
         ## References\n\n\
         [4] Benn, Okafor, \"Short weeks,\" 2024. https://papers.example.org/4\n\n\
         [^2]: Energy Weekly, https://energy.example.org/moss\n",
    );
    assert_eq!(cited(&e, "the short week")[0].0.as_deref(), Some("4"));
    assert_eq!(cited(&e, "Heat pumps are not")[0].0.as_deref(), Some("2"));
    assert_eq!(
        e.quotes
            .iter()
            .filter(|q| q.text.starts_with("People think"))
            .count(),
        1
    );
}
