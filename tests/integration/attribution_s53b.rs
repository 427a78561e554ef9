//! The fifty-third session's second pass on a speaker going on (`Birkett added: “…”`) from
//! the cited quotation before: that quotation's speaker named with their role first (`“…,”
//! the council leader, Alan Birkett, said`, `“…,” council leader Alan Birkett said`) was
//! found by no rule, so the continuation stayed uncited; and `He added:` went on from a
//! body's words (`“…,” the ministry said in a statement.`), which no `he` can be.
//! Each rule has its negative cases beside it: another person, a role without its name,
//! another occasion (`later said`), a person named beside the body.

use citecheck::model::{Attribution, DocKind};

use crate::attribution_s53::{first_kinds, html, inherited, second, FIRST, SECOND, URL};
use crate::support::{cited, extract_as, extract_markdown};

const ROLE_FIRST: [&str; 6] = [
    "the council leader, Alan Birkett, {said} on Tuesday.",
    "council leader Alan Birkett {said} on Tuesday.",
    "the council's leader, Alan Birkett, {said} on Tuesday.",
    "said the council leader, Alan Birkett, on Tuesday{said}.",
    "said Alan Birkett, the council leader, on Tuesday{said}.",
    "Alan Birkett, the council's leader since 2019, {said} on Tuesday.",
];

/// Regression: `Birkett added: “…”` after `“…,” the council leader, Alan Birkett, <a>said
/// in a statement</a> on Tuesday.` (or `council leader Alan Birkett said`) was uncited: the
/// speaker was read after the quotation only as a name first or a verb first, never a role
/// then the name. The quotation's speaker now goes on by surname, title or full name.
#[test]
fn a_speaker_named_after_a_role_goes_on_in_html() {
    for shape in ROLE_FIRST {
        let said = if shape.starts_with("said") {
            format!(" in a <a href=\"{URL}\">statement</a>")
        } else {
            format!("<a href=\"{URL}\">said in a statement</a>")
        };
        let first = format!("“{FIRST}” {}", shape.replace("{said}", &said));
        for who in [
            "Birkett added:",
            "Mr Birkett added:",
            "Alan Birkett continued:",
        ] {
            let e = extract_as(DocKind::Html, &html(&first, &format!("{who} “{SECOND}”")));
            assert_eq!(first_kinds(&e), vec![Attribution::Link], "{first} / {who}");
            assert_eq!(second(&e), inherited(), "{first} / {who}");
        }
        // Someone else goes on.
        for who in ["Okafor added:", "Tom Birkett added:"] {
            let e = extract_as(DocKind::Html, &html(&first, &format!("{who} “{SECOND}”")));
            assert_eq!(second(&e), vec![], "{first} / {who}");
        }
    }
}

/// The same in Markdown, with a link and with a note marker closing the sentence, and the
/// speaker going on after the quotation (`“…,” Birkett added.`).
#[test]
fn a_speaker_named_after_a_role_goes_on_in_markdown() {
    let second_ = SECOND.trim_end_matches('.');
    for shape in ROLE_FIRST {
        let linked = if shape.starts_with("said") {
            format!(" in a [statement]({URL})")
        } else {
            format!("[said in a statement]({URL})")
        };
        let plain = if shape.starts_with("said") {
            String::new()
        } else {
            "said in a statement".to_string()
        };
        let with_link = format!("“{FIRST}” {}", shape.replace("{said}", &linked));
        for next in [
            format!("Birkett added: “{SECOND}”"),
            format!("“{second_},” Birkett added."),
        ] {
            let e = extract_markdown(&format!("{with_link}\n\n{next}\n"));
            assert_eq!(second(&e), inherited(), "{with_link} / {next}");
        }
        let e = extract_markdown(&format!("{with_link}\n\nOkafor added: “{SECOND}”\n"));
        assert_eq!(second(&e), vec![], "{with_link} / Okafor");
        // A note marker after the full stop.
        let with_note = format!("“{FIRST}” {}[^1]", shape.replace("{said}", &plain));
        let e = extract_markdown(&format!(
            "{with_note}\n\nBirkett added: “{SECOND}”\n\n\
             [^1]: Harbour council, “Statement on the harbour office”, {URL}\n"
        ));
        assert_eq!(
            cited(&e, "The budget"),
            vec![(
                Some("1".to_string()),
                Some(URL.to_string()),
                Attribution::Preceding
            )],
            "{with_note}"
        );
    }
    // A role with no name: `Birkett` can't be matched to `the council leader`, even when an
    // earlier sentence of the paragraph named him so (no rule reads who a role is from the
    // sentences before); and `He added:` still goes on from a person's role.
    let role_only = format!("“{FIRST}” the council leader [said in a statement]({URL}).");
    for before in ["", "Alan Birkett is the council leader. "] {
        let e = extract_markdown(&format!(
            "{before}{role_only}\n\nBirkett added: “{SECOND}”\n"
        ));
        assert_eq!(second(&e), vec![], "{before}");
    }
    let e = extract_markdown(&format!("{role_only}\n\nHe added: “{SECOND}”\n"));
    assert_eq!(second(&e), inherited());
    // Another occasion: `later said`, `said later`.
    let first = format!("“{FIRST}” council leader Alan Birkett [said in a statement]({URL}).");
    for next in [
        format!("Birkett later said: “{SECOND}”"),
        format!("“{second_},” Birkett said later."),
        format!("“{second_},” Birkett later said."),
    ] {
        let e = extract_markdown(&format!("{first}\n\n{next}\n"));
        assert_eq!(second(&e), vec![], "{next}");
    }
}

/// Regression: `He added: “…”` after `“…,” the ministry said in a [statement](…).` took the
/// statement's link: the sentence before was taken to name a person by its first word
/// (`We`, the quotation's). A body is no `he` or `she`; `It added:` and `They added:` go on
/// from it, and `she` may be a person named beside it (`quoting its minister, Ana Ruiz`).
#[test]
fn a_person_s_pronoun_does_not_go_on_from_a_body() {
    const S: &str = "https://x.example/s";
    const REVIEW: &str = "We will review every contract signed since 2019,";
    let after = |first: &str, who: &str| {
        let e = extract_markdown(&format!("{first}\n\n{who} “{SECOND}”\n"));
        cited(&e, "The budget")
            .into_iter()
            .map(|(_, url, how)| (url, how))
            .collect::<Vec<_>>()
    };
    let theirs = vec![(Some(S.to_string()), Attribution::Preceding)];
    for first in [
        format!("“{REVIEW}” the ministry said in a [statement]({S})."),
        format!("“{REVIEW}” the ministry [said]({S}) on Tuesday."),
        format!("“{REVIEW}” said the Ministry of Defence in a [statement]({S})."),
        format!("“{REVIEW}” Eastfield Council [said]({S})."),
        format!("“{REVIEW}” the company told the BBC in a [statement]({S})."),
        format!("Eastfield Council said in a [statement]({S}): “{REVIEW}”"),
    ] {
        for who in ["He added:", "She added:", "He also said:"] {
            assert_eq!(after(&first, who), vec![], "{first} / {who}");
        }
        for who in ["It added:", "They added:"] {
            assert_eq!(after(&first, who), theirs, "{first} / {who}");
        }
    }
    // A person: named beside the body, or a role of a person.
    for (first, who) in [
        (
            format!("“{REVIEW}” the ministry [said]({S}), quoting its minister, Ana Ruiz."),
            "She added:",
        ),
        (
            format!("“{REVIEW}” a ministry spokesman said in a [statement]({S})."),
            "He added:",
        ),
        (
            format!("“{REVIEW}” the council leader [said]({S})."),
            "He added:",
        ),
        (
            format!("“{REVIEW}” Ana Ruiz, the minister, [said]({S})."),
            "She added:",
        ),
    ] {
        assert_eq!(after(&first, who), theirs, "{first} / {who}");
    }
    // In HTML too.
    let e = extract_as(
        DocKind::Html,
        &format!(
            "<html><body><article>\n<p>“{REVIEW}” the ministry said in a \
             <a href=\"{S}\">statement</a>.</p>\n<p>He added: “{SECOND}”</p>\n\
             </article></body></html>\n"
        ),
    );
    assert_eq!(cited(&e, "The budget"), vec![]);
}
