//! Segments of a note's tail that say who did what to the work rather than name its
//! publisher outright: `maintained by Tarn Council`, `a blog run by the Harbour Trust`,
//! `updated by Tom Hill`, `with photographs by Tom Hill`, `a Harbour Trust publication`,
//! `via Tarn Council`, `self-published`.

use super::{body_name, org_name, org_tail, sentence_case_name};

/// What a segment of a note's tail says of the work's publisher.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Role {
    /// The publisher, named in the segment (`hosted by the Harbour Trust`: `Harbour Trust`).
    Publisher(String),
    /// Someone else who worked on it, or where it was found: no publisher.
    Other,
}

/// Verbs of publishing a work or keeping it online: whoever they name did so.
const PUBLISHING: [&str; 13] = [
    "published",
    "hosted",
    "maintained",
    "run",
    "operated",
    "issued",
    "produced",
    "released",
    "distributed",
    "managed",
    "administered",
    "kept",
    "owned",
];

/// Verbs of keeping a work up to date or putting it together: a body that did so is the
/// one answering for it, a person an editor (no field of the JSON).
const UPKEEP: [&str; 7] = [
    "updated",
    "compiled",
    "curated",
    "revised",
    "collected",
    "assembled",
    "gathered",
];

/// Other hands in the work (its writer, poster, editor, translator, illustrator, the
/// writer of its foreword, its funder): none of them its publisher.
const CONTRIBUTING: [&str; 27] = [
    "written",
    "posted",
    "edited",
    "translated",
    "illustrated",
    "photographed",
    "photographs",
    "photography",
    "illustrations",
    "drawings",
    "maps",
    "foreword",
    "introduction",
    "preface",
    "afterword",
    "notes",
    "annotated",
    "transcribed",
    "reviewed",
    "checked",
    "commissioned",
    "funded",
    "sponsored",
    "supported",
    "designed",
    "narrated",
    "prepared",
];

/// Nouns naming the kind of work a body puts out (`a Harbour Trust publication`, `the blog
/// of the Harbour Trust`).
const KINDS: [&str; 9] = [
    "publication",
    "blog",
    "website",
    "site",
    "newsletter",
    "podcast",
    "project",
    "series",
    "page",
];

/// What a note's segment (trimmed, as [`super::publisher_in`] cuts it) says of the
/// publisher when it is written as a clause, not a name: a verb (or a noun) in lower case
/// before `by` and a name (`maintained by Tarn Council`, `a blog run by the Harbour Trust`,
/// `updated by Tom Hill`, `foreword by Tom Hill`); a kind of work with its body's name
/// (`a Harbour Trust publication`, `the blog of the Harbour Trust`); `via` a site (where
/// it was read); a self-published work. `None` for any other segment (a name).
pub(super) fn role(seg: &str) -> Option<Role> {
    // (Cheap first: a clause opens with a lower-case word, or with a capital after a
    // sentence's stop, `Maintained by …`; a name is one of capitalised words.)
    let first = seg.split_whitespace().next()?;
    let lower_first = first.to_lowercase();
    if first.starts_with(char::is_uppercase)
        && !PUBLISHING.contains(&lower_first.as_str())
        && !UPKEEP.contains(&lower_first.as_str())
        && !CONTRIBUTING.contains(&lower_first.as_str())
    {
        return None;
    }
    if [
        "self-published",
        "self published",
        "privately printed",
        "privately published",
    ]
    .iter()
    .any(|p| seg.eq_ignore_ascii_case(p))
    {
        return Some(Role::Other);
    }
    if let Some(site) = seg.strip_prefix("via ") {
        return site.starts_with(char::is_uppercase).then_some(Role::Other);
    }
    if let Some(r) = by_role(seg) {
        return Some(r);
    }
    kind_of_body(seg).map(|b| Role::Publisher(b.to_string()))
}

/// `maintained by Tarn Council`, `a blog run by the Harbour Trust`, `updated by Tom Hill`,
/// `with photographs by Tom Hill`: at most four words in lower case (the first may be
/// capitalised) closing with a verb or noun of [`PUBLISHING`], [`UPKEEP`] or
/// [`CONTRIBUTING`], then `by` and a name.
fn by_role(seg: &str) -> Option<Role> {
    let (lead, rest) = seg.split_once(" by ")?;
    let words: Vec<&str> = lead.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let lower_word = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-');
    let first_ok = words.first().is_some_and(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_alphabetic) && lower_word(cs.as_str())
    });
    if !first_ok || !words.iter().skip(1).all(|w| lower_word(w)) {
        return None;
    }
    let verb = words.last()?.to_lowercase();
    let verb = verb.as_str();
    let rest = rest.trim();
    let (rest, article) = match rest.strip_prefix("the ") {
        Some(r) => (r, true),
        None => (rest, false),
    };
    let name = capitalised_run(rest);
    let named = name.starts_with(char::is_uppercase);
    if PUBLISHING.contains(&verb) {
        return Some(if named {
            Role::Publisher(name.to_string())
        } else {
            Role::Other
        });
    }
    if UPKEEP.contains(&verb) {
        let body = article
            || org_tail(name)
            || body_name(name)
            || org_name(name)
            || sentence_case_name(name) == Some(true);
        return Some(if named && body {
            Role::Publisher(name.to_string())
        } else {
            Role::Other
        });
    }
    CONTRIBUTING.contains(&verb).then_some(Role::Other)
}

/// The name opening `s`: its capitalised words and the small words between them (`Tarn
/// Council`, `Department for Transport`), up to the first other word (`since 2019`).
fn capitalised_run(s: &str) -> &str {
    const JOINING: [&str; 7] = ["of", "for", "and", "&", "the", "on", "de"];
    let mut end = 0;
    let mut name_end = 0;
    for w in s.split_inclusive(' ') {
        let word = w.trim_end();
        if word.starts_with(char::is_uppercase) {
            end += w.len();
            name_end = end;
        } else if JOINING.contains(&word) {
            end += w.len();
        } else {
            break;
        }
    }
    s.get(..name_end).unwrap_or("").trim_end()
}

/// The body in `a Harbour Trust publication`, `an Ordnance Survey project`, `the blog of
/// the Harbour Trust`, `a publication of Tarn Council`: a kind of work ([`KINDS`]) with
/// the capitalised name of whoever puts it out.
fn kind_of_body(seg: &str) -> Option<&str> {
    let s = ["a ", "an ", "the "]
        .iter()
        .find_map(|p| seg.strip_prefix(p))
        .unwrap_or(seg);
    // `the blog of the Harbour Trust`
    if let Some((kind, rest)) = s.split_once(" of ") {
        if KINDS.contains(&kind) {
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            let name = capitalised_run(rest);
            return (!name.is_empty() && name.len() == rest.trim_end().len()).then_some(name);
        }
        return None;
    }
    // `a Harbour Trust publication` (after an article only: `Harbour Trust publication`
    // may be a title).
    if s.len() == seg.len() {
        return None;
    }
    let (name, kind) = s.rsplit_once(' ')?;
    (KINDS.contains(&kind)
        && name.starts_with(char::is_uppercase)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || ["of", "for", "and", "&"].contains(&w)))
    .then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles() {
        let p = |s: &str| Some(Role::Publisher(s.to_string()));
        assert_eq!(role("maintained by Tarn Council"), p("Tarn Council"));
        assert_eq!(role("Maintained by Tarn Council"), p("Tarn Council"));
        assert_eq!(role("a blog run by the Harbour Trust"), p("Harbour Trust"));
        assert_eq!(role("hosted by Tarn Council since 2019"), p("Tarn Council"));
        assert_eq!(role("compiled by the Harbour Trust"), p("Harbour Trust"));
        assert_eq!(
            role("compiled by Tarn Records Office"),
            p("Tarn Records Office")
        );
        assert_eq!(role("updated by Tom Hill"), Some(Role::Other));
        assert_eq!(role("curated by Tom Hill"), Some(Role::Other));
        assert_eq!(role("with photographs by Tom Hill"), Some(Role::Other));
        assert_eq!(role("published by the author"), Some(Role::Other));
        assert_eq!(role("via Tarn Council"), Some(Role::Other));
        assert_eq!(role("self-published"), Some(Role::Other));
        assert_eq!(role("a Harbour Trust publication"), p("Harbour Trust"));
        assert_eq!(role("the blog of the Harbour Trust"), p("Harbour Trust"));
        // Names, not clauses.
        assert_eq!(role("Tarn Press"), None);
        assert_eq!(role("Harbour Trust by the Sea"), None);
        assert_eq!(role("Harbour Trust publication"), None);
        assert_eq!(role("Journal of the Harbour Trust"), None);
        assert_eq!(role("stood by Tom Hill"), None);
        assert_eq!(role(""), None);
    }
}
