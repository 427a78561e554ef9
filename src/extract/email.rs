//! E-mail replies in plain text and Markdown: a message quoted under its attribution line
//! (`Jo Marsh wrote:`, `On Tue, 3 Mar 2026 at 10:02, Jo Marsh <jo@x.org> wrote:`, Outlook's
//! `-----Original Message-----` and `From:` headers). It is correspondence, not a quotation
//! from a source: the block quotation stays (uncited), but the URLs inside it are something
//! its writer mentions, not where its words come from (see `docs/design.md`).

use super::Parsed;

/// Marks the top-level block quotations of `parsed` that are e-mail replies, and the ones
/// nested in them, as correspondence.
pub(super) fn mark_correspondence(parsed: &mut Parsed, src: &str) {
    // Each block quotation looks only at the few lines above it: no search of the whole
    // document first (eight of them cost 2% of a Markdown extraction).
    if parsed.groups.is_empty() {
        return;
    }
    for gi in 0..parsed.groups.len() {
        let Some(g) = parsed.groups.get(gi) else {
            continue;
        };
        let reply = match g.parent {
            Some(p) => parsed.groups.get(p).is_some_and(|o| o.correspondence),
            None => !g.callout && follows_attribution(src, g.offset),
        };
        if reply {
            if let Some(g) = parsed.groups.get_mut(gi) {
                g.correspondence = true;
            }
        }
    }
}

/// The lines before source offset `at`'s line, last first, `\r` stripped.
fn lines_before(src: &str, at: usize) -> impl Iterator<Item = &str> {
    let head = src.get(..at).unwrap_or("");
    let start = head.rfind('\n').map_or(0, |i| i + 1);
    src.get(..start)
        .unwrap_or("")
        .strip_suffix('\n')
        .unwrap_or("")
        .rsplit('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .take(12)
}

/// Whether the block quotation starting at source offset `at` is an e-mail reply: the line
/// right above it is an attribution line, or Outlook's header block (`From:`, `Sent:`, …).
/// Only a line that names an address (`<jo@x.org>`) may stand a blank line above (Gmail
/// puts one there); a name alone must touch the quotation, as mail clients write it, so
/// that an article's `As Orwell wrote:` over a blank line and a block quotation keeps it.
pub(super) fn follows_attribution(src: &str, at: usize) -> bool {
    let before: Vec<&str> = lines_before(src, at).collect();
    let Some(&last) = before.first() else {
        return false;
    };
    let (line, rest) = if last.trim().is_empty() {
        match before.get(1) {
            Some(l) if address(l) => (*l, before.get(2..).unwrap_or(&[])),
            Some(l) if header_block(before.get(1..).unwrap_or(&[])) => (*l, &[][..]),
            _ => return false,
        }
    } else {
        (last, before.get(1..).unwrap_or(&[]))
    };
    if attribution(line)
        || header_block(
            before
                .get(usize::from(last.trim().is_empty())..)
                .unwrap_or(&[]),
        )
    {
        return true;
    }
    // An attribution wrapped over two lines (`On Tue, 3 Mar 2026 at 10:02, Jo Marsh <⏎
    // jo@x.org> wrote:`).
    rest.first().is_some_and(|prev| {
        !prev.trim().is_empty() && attribution(&format!("{} {}", prev.trim_end(), line.trim()))
    })
}

/// How an attribution line ends, in the languages mail clients write it in.
const ENDINGS: [&str; 8] = [
    "wrote:",
    "schrieb:",
    "a écrit :",
    "a écrit:",
    "escribió:",
    "schreef:",
    "ha scritto:",
    "escreveu:",
];

/// Whether a line is an e-mail attribution line: it ends as one does ([`ENDINGS`], or
/// German's `schrieb Jo Marsh <jo@x.org>:`), and before that says when and who (`On …`,
/// `Am …`, `Le …`, `El …`, with a time or an address) or only who (a name of a few
/// capitalised words, an address, a handle).
pub(super) fn attribution(line: &str) -> bool {
    let t = line.trim();
    if t.len() > 300 {
        return false;
    }
    let Some(head) = ENDINGS
        .iter()
        .find_map(|e| t.strip_suffix(e))
        .or_else(|| german_tail(t))
    else {
        return false;
    };
    let head = head.trim_end().trim_end_matches(',').trim_end();
    let first = head.split_whitespace().next().unwrap_or("");
    if ["On", "Am", "Le", "El", "Op", "Il", "Em"].contains(&first) {
        return timed(head) || address(head);
    }
    who(head)
}

/// The part before `schrieb` in German's `Am 3. März 2026 um 10:02 schrieb Jo Marsh
/// <jo@x.org>:` (the name after the verb).
fn german_tail(t: &str) -> Option<&str> {
    let body = t.strip_suffix(':')?;
    let (head, name) = body.rsplit_once(" schrieb ")?;
    who(name).then_some(head)
}

/// Whether text holds a time of day (`10:02`).
fn timed(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(4).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit()
            && w[1] == b':'
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

/// Whether text holds an e-mail address, in angle brackets (`<jo@x.org>`, also `[mailto:…]`).
fn address(s: &str) -> bool {
    s.find('<')
        .and_then(|i| s.get(i + 1..))
        .and_then(|r| r.split_once('>'))
        .is_some_and(|(a, _)| a.contains('@') && !a.contains(char::is_whitespace))
}

/// Whether text names a writer as a mail client does: a name of one to five capitalised
/// words (`Jo Marsh`, `Ana de la Cruz`, `"Marsh, Jo"`), perhaps with an address after it,
/// or an address or handle alone (`jo@x.org`, `@kmaier`). Not a sentence's lead-in: `As
/// Orwell`, `The minister`, `Here is what she`.
fn who(s: &str) -> bool {
    let s = s.trim();
    // An address after the name: `Jo Marsh <jo@x.org>`, `Jo Marsh (jo@x.org)`.
    let name = match s.find(['<', '(']) {
        Some(i) if address(s) || s.get(i..).is_some_and(|r| r.contains('@')) => {
            s.get(..i).unwrap_or("").trim()
        }
        _ => s,
    };
    let name = name.trim_matches(['"', '\'']).trim();
    if name.is_empty() {
        return address(s);
    }
    if !name.contains(char::is_whitespace) && name.contains('@') {
        return true;
    }
    const LEAD: [&str; 24] = [
        "as", "so", "thus", "here", "there", "this", "that", "what", "and", "but", "then", "when",
        "once", "later", "he", "she", "they", "it", "we", "i", "you", "who", "the", "one",
    ];
    const PARTICLES: [&str; 10] = [
        "de", "la", "van", "von", "der", "den", "da", "di", "du", "del",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && !LEAD.contains(&words[0].to_lowercase().as_str())
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            w.chars().next().is_some_and(char::is_uppercase) || PARTICLES.contains(&w)
        })
}

/// Whether `lines` (last first) end in Outlook's header block over a message: `Key: value`
/// lines up to one opening `From:` (`Von:`, `De:`, `Van:`), the separator line
/// (`-----Original Message-----`) or nothing above it; with a date (`Sent:`, `Date:`, …) or
/// `Subject:` among them.
fn header_block(lines: &[&str]) -> bool {
    const FROM: [&str; 4] = ["From:", "Von:", "De:", "Van:"];
    const OTHER: [&str; 14] = [
        "Sent:",
        "Date:",
        "To:",
        "Cc:",
        "Subject:",
        "Gesendet:",
        "An:",
        "Betreff:",
        "Datum:",
        "Envoyé :",
        "Envoyé:",
        "À :",
        "Objet :",
        "Enviado:",
    ];
    const DATED: [&str; 8] = [
        "Sent:",
        "Date:",
        "Subject:",
        "Gesendet:",
        "Betreff:",
        "Datum:",
        "Envoyé",
        "Objet",
    ];
    let mut dated = false;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim_start_matches(['*', ' ']);
        if FROM.iter().any(|k| t.starts_with(k)) {
            let above = lines.get(i + 1).map_or("", |a| a.trim());
            return dated
                && (above.is_empty()
                    || above.starts_with("-----")
                    || above.starts_with("____")
                    || separator(above));
        }
        if !OTHER.iter().any(|k| t.starts_with(k)) {
            return false;
        }
        dated |= DATED.iter().any(|k| t.starts_with(k));
    }
    false
}

/// Whether a line is a mail client's separator over a quoted message
/// (`-----Original Message-----`, `-----Ursprüngliche Nachricht-----`, `---------- Forwarded
/// message ---------`).
fn separator(line: &str) -> bool {
    let t = line.trim();
    let inner = t.trim_matches(['-', '_', ' ']);
    t.starts_with("---")
        && t.ends_with("---")
        && !inner.is_empty()
        && inner.len() <= 40
        && ["message", "nachricht", "d'origine", "original"]
            .iter()
            .any(|w| inner.to_lowercase().contains(w))
}

#[cfg(test)]
mod tests {
    use super::{attribution, follows_attribution, separator};

    #[test]
    fn attribution_lines() {
        for yes in [
            "Jo Marsh wrote:",
            "On Tue, 3 Mar 2026 at 10:02, Jo Marsh <jo@x.org> wrote:",
            "On 03/03/2026 10:02, Jo Marsh wrote:",
            "\"Marsh, Jo\" <jo@x.org> wrote:",
            "jo@x.org wrote:",
            "@kmaier wrote:",
            "Am 03.03.26 um 10:02 schrieb Jo Marsh:",
            "Jo Marsh schrieb:",
            "Le mar. 3 mars 2026 à 10:02, Jo Marsh <jo@x.org> a écrit :",
            "El mar, 3 mar 2026 a las 10:02, Ana de la Cruz (<ana@x.es>) escribió:",
            "Ana de la Cruz wrote:",
        ] {
            assert!(attribution(yes), "{yes}");
        }
        for no in [
            "As Orwell wrote:",
            "The minister wrote:",
            "On his blog, Orwell wrote:",
            "On 3 May 1946, Orwell wrote:",
            "Here is what she wrote:",
            "In the report the committee wrote:",
            "Jo Marsh said:",
        ] {
            assert!(!attribution(no), "{no}");
        }
        assert!(separator("-----Original Message-----"));
        assert!(separator("---------- Forwarded message ---------"));
        assert!(!separator("-----"));
    }

    #[test]
    fn what_stands_above_the_quotation() {
        let at = |s: &str| s.find("\n> ").expect("quote") + 1;
        for (yes, s) in [
            (true, "Thanks.\n\nJo Marsh wrote:\n> Fine by me.\n"),
            (false, "Jo Marsh wrote:\n\n> Fine by me.\n"),
            (
                true,
                "On Tue, 3 Mar 2026 at 10:02, Jo Marsh <jo@x.org> wrote:\n\n> Fine.\n",
            ),
            (
                true,
                "On Tue, 3 Mar 2026 at 10:02, Jo Marsh <\njo@x.org> wrote:\n> Fine.\n",
            ),
            (false, "As Orwell wrote:\n\n> Fine.\n"),
            (false, "As Orwell wrote:\n> Fine.\n"),
            (
                true,
                "-----Original Message-----\nFrom: Jo Marsh\nSent: 3 March 2026 10:02\n\
                 To: Desk\nSubject: Draft\n\n> Fine.\n",
            ),
            (false, "To: all staff\nSubject: draft\n> Fine.\n"),
        ] {
            assert_eq!(follows_attribution(s, at(s)), yes, "{s}");
        }
    }
}
