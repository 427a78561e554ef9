//! Whose words a quote's match is on its page: a transcript's speaker label on the
//! match's line (`OKORO:`, `Mr Pryce (Eastfield):`, `[00:14:32] DANA:`), or failing that the
//! name the page's sentence attributes its quotation to (`“…,” said Pryce`, `As the economist
//! Ines Varga put it, “…”`). Compared with the speaker the article names
//! ([`crate::model::Quote::speaker`]): plainly another person's words are a warning, since
//! the quote is then the right words in the wrong mouth, which no word-by-word check sees.

use std::ops::Range;

use crate::extract::speaker;
use crate::model::Quote;

/// Lines before the match's own read for the label of a transcript turn that runs over
/// several paragraphs; up to [`LONG_TURN_LINES`] on a page that reads as a transcript, over
/// lines that quote no one.
const TURN_LINES: usize = 2;
const LONG_TURN_LINES: usize = 8;

/// Past a timestamp opening a transcript's line (`[00:14:32]`, `(10:02)`, `10:02:15`).
fn past_timestamp(line: &str) -> &str {
    let t = line.trim_start();
    let inner = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
    };
    if let Some(rest) = t.strip_prefix(['[', '(']) {
        if let Some(close) = rest.find([']', ')']) {
            if rest.get(..close).is_some_and(|s| !s.is_empty() && inner(s)) {
                return rest.get(close + 1..).unwrap_or("").trim_start();
            }
        }
    }
    let end = t.find(char::is_whitespace).unwrap_or(0);
    match t.get(..end) {
        Some(stamp) if end >= 4 && inner(stamp) && stamp.contains(':') => {
            t.get(end..).unwrap_or("").trim_start()
        }
        _ => t,
    }
}

/// The speaker label opening `line`, when the page reads as a transcript: a label of one
/// word (`Okoro:`) counts only when another line opens with it too.
fn line_label(text: &str, line: &str) -> Option<String> {
    let (name, single) = speaker::label(past_timestamp(line))?;
    if single {
        let again = text
            .lines()
            .filter(|l| {
                let l = past_timestamp(l);
                l.len() > name.len()
                    && l.get(..name.len()) == Some(name.as_str())
                    && l.get(name.len()..).is_some_and(|r| r.starts_with(':'))
            })
            .nth(1)
            .is_some();
        if !again {
            return None;
        }
    }
    Some(name)
}

/// The speaker a WebVTT cue's voice tag opening `line` names (`<v Robert Ellingham>`,
/// `<v.loud Ana Lind>`), as a caption file served as text shows it.
fn voice_tag(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix("<v")?;
    if !rest.starts_with([' ', '.']) {
        return None;
    }
    let inner = rest.get(..rest.find('>')?)?;
    // Past the tag's classes (`.loud.first`).
    let name = inner.get(inner.find(' ')?..)?.trim();
    if name.is_empty() || name.contains(':') {
        return None;
    }
    speaker::label(&format!("{name}: -")).map(|(name, _)| name)
}

/// The speaker's label a line holds and nothing else, a colon after it or none (`Dr Osric
/// Pennyworth`, `[00:04:02] ELIZABETH NKEMELU`, `Mr Jonas Feldhaus (resident)`): a
/// transcript whose labels stand above their words, as a `<dt>` over its `<dd>`, a table
/// row's first cell before its second, or a podcast's label in a paragraph of its own show
/// in the page's text. The name, whether the label is one word, and whether the line reads
/// as a person's label rather than a heading in capitals (`Flood Defences`): a timestamp, a
/// colon, a title first or a bracket, or capitals throughout.
fn bare_label(line: &str) -> Option<(String, bool, bool)> {
    let stamped = past_timestamp(line);
    let timed = stamped.len() != line.trim_start().len();
    let l = stamped.trim();
    let colon = l.ends_with(':');
    let l = l.strip_suffix(':').unwrap_or(l).trim_end();
    if l.is_empty()
        || l.len() > 120
        || !l.starts_with(char::is_uppercase)
        || l.contains([':', '.', '?', '!', '"', '\u{201C}', '\u{201D}', ';'])
        || l.starts_with("By ")
    {
        return None;
    }
    let (name, single) = speaker::label(&format!("{l}: -"))?;
    let titled = l.split_whitespace().next().is_some_and(speaker::is_title);
    let cued = !single
        && (timed || colon || titled || l.contains('(') || !l.chars().any(char::is_lowercase));
    Some((name, single, cued))
}

/// Whether the page reads as a transcript: some speaker's label opens two of its lines (a
/// speaker who speaks again), before the words or alone on its line (of two words or more).
/// A glossary's terms or a page's headings are not repeated so.
fn transcript(text: &str) -> bool {
    let mut seen: Vec<String> = Vec::new();
    for line in text.lines() {
        let l = past_timestamp(line);
        if !l.starts_with(char::is_uppercase) {
            continue;
        }
        // A one-word line repeated is page furniture (`Advertisement`, `Share`) as often as
        // a speaker.
        let name = speaker::label(l)
            .map(|(n, _)| n)
            .or_else(|| bare_label(l).filter(|b| !b.1).map(|b| b.0));
        if let Some(n) = name {
            if seen.contains(&n) {
                return true;
            }
            seen.push(n);
        }
    }
    false
}

/// How many lines of `text` hold `name` as their label alone.
fn bare_count(text: &str, name: &str) -> usize {
    text.lines()
        .filter(|l| l.len() < 200 && l.contains(name))
        .filter(|l| bare_label(l).is_some_and(|b| b.0 == name))
        .count()
}

/// Whether the label alone on the line starting at byte `at` of `text` (of one word:
/// `single`) stands in a dialogue of labels like it: the label two lines above or below it
/// (over one line of words) is another of as many words that stands alone on a line more
/// than once (`Varga` / words / `Hale` / words / `Varga`; `Ines Varga` / words / `Tom
/// Riley` / words / `Ines Varga`). A heading or a glossary's term is not repeated so.
fn in_dialogue(text: &str, at: usize, single: bool) -> bool {
    let Some(head) = text.get(..at) else {
        return false;
    };
    let index = head.matches('\n').count();
    let above = index.checked_sub(2).and_then(|i| text.lines().nth(i));
    let below = text.lines().nth(index + 2);
    [above, below].into_iter().flatten().any(|l| {
        bare_label(l).is_some_and(|(name, one, _)| one == single && bare_count(text, &name) > 1)
    })
}

/// Whether `line` opens with what reads as a transcript's label, a name or a role (`CHAIR:`,
/// `The CHAIR:`, `Ms NWOSU (Eastfield) (10:42):`): a capital first and a colon within a
/// few words, with no sentence's punctuation or lower-case word before it outside brackets
/// but `the`, `of`, `for`.
fn labelled(line: &str) -> bool {
    let line = past_timestamp(line);
    let Some(colon) = line.get(..line.len().min(80)).and_then(|h| h.find(": ")) else {
        return false;
    };
    let head = line.get(..colon).unwrap_or("");
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in head.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    head.chars().next().is_some_and(char::is_uppercase)
        && !outside.contains(['.', '?', '!', '"', '\u{201C}', ','])
        && outside.split_whitespace().count() <= 6
        && outside.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w, "the" | "of" | "for" | "and")
        })
}

/// The opening quotation mark before `at` in `before` still open there (no closing mark
/// after it): its byte offset.
fn open_mark(before: &str) -> Option<usize> {
    let mut straight = 0;
    let mut open = None;
    for (i, c) in before.char_indices() {
        match c {
            '\u{201C}' | '\u{AB}' | '\u{201E}' => open = Some(i),
            '\u{201D}' | '\u{BB}' => open = None,
            '"' => {
                straight += 1;
                open = if straight % 2 == 1 { Some(i) } else { None };
            }
            _ => {}
        }
    }
    open
}

/// The caption speaker's name opening `rest` (the line past its timestamp) with no colon
/// after it, as a caption file or a broadcast transcript in `<pre>` sets it
/// (`00:31:05  MARSH  to the old landfill`): one to three words in capitals, then a word
/// with a small letter. The name and the byte where it ends.
fn caption_name(rest: &str) -> Option<(String, usize)> {
    let mut words: Vec<&str> = Vec::new();
    let mut end = 0;
    let mut at = 0;
    for w in rest.split_whitespace() {
        let start = at + rest.get(at..)?.find(w)?;
        at = start + w.len();
        let caps = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-'));
        if caps && words.len() < 3 {
            words.push(w);
            end = at;
            continue;
        }
        return (!words.is_empty() && w.chars().any(char::is_lowercase))
            .then(|| (words.join(" "), end));
    }
    None
}

/// Whether `role` (a label's words before its colon, not read as a name) names a role in a
/// conversation: a word in capitals (`HOST`, `The CHAIR`, `Q`), or a role's word
/// (`Interviewer`, `Presenter`).
fn role_label(role: &str) -> bool {
    const ROLES: &[&str] = &[
        "host",
        "co-host",
        "interviewer",
        "interviewee",
        "presenter",
        "moderator",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "reporter",
        "anchor",
        "correspondent",
        "narrator",
        "announcer",
        "caller",
        "witness",
        "judge",
        "counsel",
        "question",
        "answer",
        "speaker",
        "guest",
        "audience",
    ];
    role.split_whitespace().any(|w| {
        (w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase))
            || ROLES.iter().any(|r| w.eq_ignore_ascii_case(r))
    })
}

/// The labels in `text` that only say again who goes on speaking: a speaker's label (with
/// its timestamp) opening a line when the label before it named the same speaker
/// (`DR. OKAFOR: …` ⏎ `DR. OKAFOR: …`, a transcript that labels every paragraph or every
/// caption line), and a timestamp opening a line of a text with several (`00:31:05  to the
/// old landfill`). Byte ranges, in order. A quote running over them reads on without them:
/// the label is the page's layout, not the speaker's words. A label of another speaker is
/// never among them, so a quote is not joined from two people's words.
pub(crate) fn continued_labels(text: &str) -> Vec<Range<usize>> {
    // Each line's label: its start, where its timestamp ends, where its label ends and the
    // name (lower-case), and whether the name is one word.
    struct Line {
        start: usize,
        stamp_end: usize,
        label: Option<(usize, String, bool)>,
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let ls = start;
        start += line.len() + 1;
        let rest = past_timestamp(line);
        let stamp_end = ls + (line.len() - rest.len());
        let timed = rest.len() != line.trim_start().len();
        let label = match speaker::label(rest) {
            Some((name, single)) => rest
                .find(':')
                .map(|c| (stamp_end + c + 1, name.to_lowercase(), single)),
            // A role (`HOST:`, `The CHAIR:`, `Interviewer:`) is a turn too: named by the
            // label itself. Not an article's `Note:` or `Update:`.
            None if labelled(rest) => rest.find(": ").and_then(|c| {
                let role = rest.get(..c).unwrap_or("").trim();
                role_label(role).then(|| (stamp_end + c + 1, role.to_lowercase(), false))
            }),
            None if timed => {
                caption_name(rest).map(|(name, end)| (stamp_end + end, name.to_lowercase(), true))
            }
            None => None,
        };
        if timed || label.is_some() {
            lines.push(Line {
                start: ls,
                stamp_end: if timed { stamp_end } else { ls },
                label,
            });
        }
    }
    // A one-word name is a label only where it opens two lines or more (not `Note:`), or
    // a role's in capitals (`RESIDENT:` asking once): another speaker's turn between two of
    // a speaker's labels, so the second is no label said again.
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in &lines {
        if let Some((_, name, true)) = &l.label {
            *counts.entry(name.as_str()).or_default() += 1;
        }
    }
    let timed = lines.iter().filter(|l| l.stamp_end > l.start).count();
    let mut out = Vec::new();
    let mut last: Option<&str> = None;
    for l in &lines {
        match &l.label {
            Some((end, name, single))
                if !single
                    || counts.get(name.as_str()) > Some(&1)
                    || text.get(l.stamp_end..*end).is_some_and(role_label) =>
            {
                if last == Some(name.as_str()) {
                    out.push(l.start..*end);
                } else if timed > 1 && l.stamp_end > l.start {
                    out.push(l.start..l.stamp_end);
                }
                last = Some(name);
            }
            _ if timed > 1 && l.stamp_end > l.start => out.push(l.start..l.stamp_end),
            _ => {}
        }
    }
    out
}

/// The speaker the page gives the words at bytes `b0..b1` of `text` to, if it names one.
/// `labels`: where lines start that the page's markup sets as labels over or before their
/// words (a `<dt>`, a row's first cell; see [`crate::verify::SourceText::labels`]), sorted;
/// `credits`: block quotations' credits the markup sets apart (line start, quotation start;
/// see [`crate::verify::SourceText::credits`]).
pub(crate) fn page_speaker(
    text: &str,
    labels: &[usize],
    credits: &[(usize, usize)],
    b0: usize,
    b1: usize,
) -> Option<String> {
    let ls = text.get(..b0)?.rfind('\n').map_or(0, |i| i + 1);
    let le = text.get(b1..)?.find('\n').map_or(text.len(), |i| b1 + i);
    let line = text.get(ls..le)?;
    if let Some(name) = voice_tag(line).or_else(|| line_label(text, line)) {
        return Some(name);
    }
    // A line opening with a label not read as a name (`CHAIR:`, `The CHAIR:`) is a turn of
    // its own: whose is not known.
    if labelled(line) {
        return None;
    }
    // A turn running over several paragraphs: the label of the nearest line before that
    // opens with one or is one, over lines that have none. Past the first two lines only on
    // a page that reads as a transcript, and over lines quoting no one (a report's
    // paragraphs quote people; a turn's rarely do).
    let quotes = |l: &str| l.contains(['"', '\u{201C}', '\u{201D}', '\u{AB}', '\u{BB}']);
    let mut quoting = quotes(line);
    let mut shape: Option<bool> = None;
    let mut end = ls;
    for depth in 0..LONG_TURN_LINES {
        if end == 0 {
            break;
        }
        if depth >= TURN_LINES && (quoting || !*shape.get_or_insert_with(|| transcript(text))) {
            break;
        }
        let prev_start = text
            .get(..end - 1)
            .and_then(|h| h.rfind('\n'))
            .map_or(0, |i| i + 1);
        let prev = text.get(prev_start..end - 1).unwrap_or("");
        if let Some(name) = voice_tag(prev).or_else(|| line_label(text, prev)) {
            return Some(name);
        }
        if labelled(prev) {
            break;
        }
        if prev.trim().is_empty() {
            break;
        }
        // A label alone on its line: the speaker of the lines after it when it stands alone
        // on another line too, reads as a person's on a page that reads as a transcript, is
        // a name of two words or more the markup sets as a label (a `<dt>` over its `<dd>`,
        // a row's first cell), or stands in a dialogue of labels; in any case the end of the
        // turn before it.
        if let Some((name, single, cued)) = bare_label(prev) {
            let counts = bare_count(text, &name) > 1
                || (cued && *shape.get_or_insert_with(|| transcript(text)))
                || (!single && labels.binary_search(&prev_start).is_ok())
                || in_dialogue(text, prev_start, single);
            if counts {
                return Some(name);
            }
            break;
        }
        quoting |= quotes(prev);
        end = prev_start;
    }
    let before = text.get(ls..b0)?;
    let after = text.get(b1..le)?;
    let (before, after) = match open_mark(before) {
        Some(o) => {
            // The page's quotation holding the words, and its closing mark.
            let close = after.find(['\u{201D}', '\u{BB}', '"', '\u{201C}']);
            let after = close.map_or("", |c| {
                let inside = after.get(..c).unwrap_or("").trim_end();
                if inside.ends_with('.') {
                    // `… raise taxes.” Pryce said the council …`: the quotation ended its
                    // sentence.
                    ""
                } else {
                    after.get(c..).unwrap_or("")
                }
            });
            (before.get(..o).unwrap_or(""), after)
        }
        None => (
            before,
            if after.trim_start().starts_with('.') {
                ""
            } else {
                after
            },
        ),
    };
    // The sentence the quotation stands in, before it.
    let sentence = before
        .get(sentence_start(before.trim_end())..)
        .unwrap_or("");
    speaker::after_quote(after)
        .or_else(|| speaker::before_quote(sentence))
        .or_else(|| speaker::before_quote(&without_role(sentence)?))
        .or_else(|| introduced_by(text, ls))
        .or_else(|| credited(text, credits, b0, b1))
}

/// Where the last sentence of `s` starts: after the last `.`, `?` or `!` followed by a
/// space, closing quotation marks between them allowed (`‘We will open in May.’ She said`:
/// the page's quotation ended the sentence before, and `May. She` is no one's name); 0 when
/// `s` has one sentence.
fn sentence_start(s: &str) -> usize {
    let b = s.as_bytes();
    let mut at = b.len();
    while let Some(i) = b.get(..at).and_then(|h| memchr::memrchr(b' ', h)) {
        at = i;
        let head = s
            .get(..i)
            .unwrap_or("")
            .trim_end_matches(['\u{2019}', '\u{201D}', '"', '\'', '\u{BB}']);
        if head.ends_with(['.', '?', '!']) {
            return i + 1;
        }
    }
    0
}

/// The speaker a block quotation's credit names (`<figcaption>— Maria Okonjo, shop
/// steward</figcaption>`, `<cite>Tomasz Brandt, driver</cite>`) when the words at
/// `b0..b1` are in that quotation.
fn credited(text: &str, credits: &[(usize, usize)], b0: usize, b1: usize) -> Option<String> {
    let &(at, _) = credits
        .iter()
        .filter(|&&(at, start)| start <= b0 && b1 <= at)
        .min_by_key(|&&(at, _)| at)?;
    let rest = text.get(at..)?;
    let line = rest.get(..rest.find('\n').unwrap_or(rest.len()))?.trim();
    if line.starts_with(['\u{2014}', '\u{2015}', '\u{2013}', '-']) {
        speaker::credit(line)
    } else {
        speaker::credit(&format!("\u{2014} {line}"))
    }
}

/// The speaker the line right before the line starting at byte `ls` of `text` names as it
/// introduces it, ending in a colon (`Harbourmaster Tom Riley put it more bluntly still:`
/// over a block quotation): its last sentence read as the words before a quotation.
fn introduced_by(text: &str, ls: usize) -> Option<String> {
    let head = text.get(..ls.checked_sub(1)?)?;
    let prev = head
        .get(head.rfind('\n').map_or(0, |i| i + 1)..)?
        .trim_end();
    let intro = prev.strip_suffix(':')?;
    // A line of its own that is a label (`CHAIR:`) is read by the turn's rules, not here.
    if !intro.contains(' ') {
        return None;
    }
    let from = [". ", "? ", "! "]
        .iter()
        .filter_map(|p| intro.rfind(p).map(|i| i + p.len()))
        .max()
        .unwrap_or(0);
    let sentence = prev.get(from..)?;
    speaker::before_quote(sentence).or_else(|| speaker::before_quote(&without_aside(sentence)?))
}

/// Words of a person's role that may stand between `according to` and the person's name
/// (`According to the transport analyst Ian Pryce,`), besides the titles the speaker
/// reading knows and words ending `-ist` (`economist`, `scientist`).
const ROLES: &[&str] = &[
    "adviser",
    "advisor",
    "analyst",
    "author",
    "campaigner",
    "candidate",
    "columnist",
    "commentator",
    "consultant",
    "critic",
    "director",
    "engineer",
    "executive",
    "expert",
    "founder",
    "head",
    "historian",
    "lawyer",
    "leader",
    "manager",
    "member",
    "officer",
    "official",
    "planner",
    "president",
    "researcher",
    "resident",
    "secretary",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "statistician",
    "teacher",
];

/// `sentence` with the role between its `according to` and the name after it left out
/// (`According to the transport analyst Ian Pryce, the scheme` → `According to Ian Pryce,
/// the scheme`), so the name is read as the speaker; `None` when it has none: no verb of
/// saying after it (`According to Reuters, the mayor said` names the mayor), a role word
/// last before the name (not `According to the annual Harbour Report,`), and a name of
/// capitalised words ending at a comma.
fn without_role(sentence: &str) -> Option<String> {
    const CUE: &[u8] = b"according to ";
    let at = sentence
        .as_bytes()
        .windows(CUE.len())
        .rposition(|w| w.eq_ignore_ascii_case(CUE))?;
    if sentence
        .get(..at)?
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let rest = sentence.get(at + CUE.len()..)?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let role_end = words
        .iter()
        .position(|w| w.starts_with(char::is_uppercase))?;
    if role_end == 0 || role_end > 5 {
        return None;
    }
    let role = words.get(role_end - 1)?;
    if !(ROLES.contains(role)
        || speaker::is_title(role)
        || (role.len() > 4 && role.ends_with("ist")))
        || words[..role_end]
            .iter()
            .any(|w| !w.chars().all(|c| c.is_lowercase() || c == '-'))
    {
        return None;
    }
    // The name runs to a comma, in capitalised words.
    let name_end = words.iter().skip(role_end).position(|w| w.ends_with(','))? + role_end;
    if name_end - role_end > 3
        || !words[role_end..=name_end]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
        || words[name_end + 1..]
            .iter()
            .any(|w| speaker::is_speech_verb(w.trim_matches(|c: char| !c.is_alphanumeric())))
    {
        return None;
    }
    Some(format!(
        "{}{}",
        sentence.get(..at + CUE.len())?,
        words[role_end..].join(" ")
    ))
}

/// `sentence` without the aside between commas that follows its subject (`Tom Riley, who
/// has run the island shop for twenty years, put it bluntly:` → `Tom Riley put it
/// bluntly:`): one that opens with a relative word or an article; `None` when it has none.
fn without_aside(sentence: &str) -> Option<String> {
    let open = sentence.find(", ")?;
    let rest = sentence.get(open + 2..)?;
    let first = rest.split_whitespace().next()?;
    if !matches!(
        first,
        "who" | "whose" | "the" | "a" | "an" | "now" | "once" | "then" | "herself" | "himself"
    ) {
        return None;
    }
    let close = rest.find(", ")?;
    Some(format!(
        "{} {}",
        sentence.get(..open)?,
        rest.get(close + 2..)?
    ))
}

/// A warning when the page gives the quote's words (its match at bytes `b0..b1` of `text`)
/// to a named person plainly not the one the article names; `None` when either names no
/// one, or the same person, or another place on the page has the same words from the
/// article's speaker.
pub(crate) fn mismatch(
    quote: &Quote,
    text: &str,
    labels: &[usize],
    credits: &[(usize, usize)],
    b0: usize,
    b1: usize,
) -> Option<String> {
    // (A pronoun's person only when the article names no one itself.)
    let said_by = quote
        .speaker
        .as_deref()
        .or(quote.pronoun_speaker.as_deref())?;
    let page = page_speaker(text, labels, credits, b0, b1)?;
    if !speaker::different_people(said_by, &page) || handle_of(said_by, &page) {
        return None;
    }
    // The same words elsewhere on the page, from the article's speaker (a question repeated
    // in its answer, a summary above a transcript).
    // The first letter's case aside: a sentence's opening words are another's mid-sentence.
    let words = text.get(b0..b1)?;
    let first = words.chars().next()?;
    let rest = words.get(first.len_utf8()..)?;
    if words.len() >= 12
        && text.match_indices(rest).any(|(j, _)| {
            let Some(i) = j.checked_sub(first.len_utf8()) else {
                return false;
            };
            i != b0
                && text.get(i..j).is_some_and(|f| {
                    f.chars()
                        .flat_map(char::to_lowercase)
                        .eq(first.to_lowercase())
                })
                && page_speaker(text, labels, credits, i, i + words.len())
                    .is_none_or(|p| !speaker::different_people(said_by, &p))
        })
    {
        return None;
    }
    Some(format!(
        "on the page these words are {page}'s, and the article gives them to {said_by}: check \
         whose words they are"
    ))
}

/// Whether `page`, a name of one word, is a user name (a commenter's handle) that holds
/// `said_by`'s surname as a part of its own: `TomReyesCllr`, `tom_reyes`, `TReyes`,
/// `tomreyes` for Tom Reyes. The same person's, not another's (`harbourlad` is no one
/// named; `Reyesville` is no handle of Reyes's).
fn handle_of(said_by: &str, page: &str) -> bool {
    if page.split_whitespace().nth(1).is_some() {
        return false;
    }
    let lower = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<String>();
    let names: Vec<String> = said_by
        .split_whitespace()
        .filter(|w| !speaker::is_title(w))
        .map(|w| lower(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
        .collect();
    let Some(surname) = names.last().filter(|s| s.chars().count() >= 3) else {
        return false;
    };
    let first = names.first().filter(|_| names.len() > 1);
    let initial = first.and_then(|f| f.chars().next());
    // The handle's parts: split at capitals after a small letter, at digits and marks.
    let mut parts: Vec<String> = Vec::new();
    let mut part = String::new();
    let mut prev_lower = false;
    for c in page.chars() {
        if !c.is_alphabetic() {
            parts.push(std::mem::take(&mut part));
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower {
            parts.push(std::mem::take(&mut part));
        }
        prev_lower = c.is_lowercase();
        part.extend(c.to_lowercase());
    }
    parts.push(part);
    parts.retain(|p| !p.is_empty());
    let joined = |a: &str| format!("{a}{surname}");
    parts.iter().any(|p| {
        p == surname
            || first.is_some_and(|f| *p == joined(f))
            || initial.is_some_and(|i| *p == joined(&i.to_string()))
    })
}

/// Whether the parts of a quote an ellipsis joins (`parts`: byte ranges of `text`, in the
/// quote's order) are two people's words on the page, each named as the speaker of its
/// part (see [`page_speaker`]): `“In ten years we'll be back here … Our reserves will
/// fall”`, the first sentence a councillor's and the second an officer's, is no one's
/// quotation. A part the page names no speaker for is anyone's.
pub(crate) fn joined(
    text: &str,
    labels: &[usize],
    credits: &[(usize, usize)],
    parts: &[(usize, usize)],
) -> Option<String> {
    let mut named = parts
        .iter()
        .filter_map(|&(b0, b1)| Some((page_speaker(text, labels, credits, b0, b1)?, b0, b1)));
    let (first, f0, f1) = named.next()?;
    let (other, o0, o1) = named.find(|(p, ..)| speaker::different_people(&first, p))?;
    let opening = |b0: usize, b1: usize| {
        let words: Vec<&str> = text.get(b0..b1).unwrap_or("").split_whitespace().collect();
        let shown = words.iter().take(5).copied().collect::<Vec<_>>().join(" ");
        if words.len() > 5 {
            format!("{shown} \u{2026}")
        } else {
            shown
        }
    };
    Some(format!(
        "the ellipsis joins two people's words: on the page \u{201C}{}\u{201D} is {first}'s \
         and \u{201C}{}\u{201D} is {other}'s: check whose words they are",
        opening(f0, f1),
        opening(o0, o1)
    ))
}

/// The speaker a turn's label opening `line` names, as the page writes it: a name read as a
/// speaker's (see [`line_label`]), or a role in capitals or a role's word (`RESIDENT:`,
/// `AUDIENCE MEMBER:`, `Interviewer:`) asking once.
fn turn_label(text: &str, line: &str) -> Option<String> {
    if let Some(name) = voice_tag(line).or_else(|| line_label(text, line)) {
        return Some(name);
    }
    let rest = past_timestamp(line);
    if !labelled(rest) {
        return None;
    }
    let head = rest.get(..rest.find(": ")?)?.trim();
    (role_label(head) || speaker::label(rest).is_some()).then(|| head.to_string())
}

/// A warning when the match at bytes `b0..b1` of `text` runs from one speaker's turn into
/// another's, over the second speaker's label (`AUDIENCE MEMBER: What about the buses?` ⏎
/// `MAYOR: The buses are our next priority.`): the quote gives one person words another
/// said, which a word left out (the label) does not tell. With it, the label as the page
/// writes it, which the quote's differences show as a word left out.
pub(crate) fn crossed(
    text: &str,
    labels: &[usize],
    credits: &[(usize, usize)],
    b0: usize,
    b1: usize,
) -> Option<(String, String)> {
    let words = text.get(b0..b1)?;
    let first_end = b0 + words.find('\n')?;
    let ls = text.get(..b0)?.rfind('\n').map_or(0, |i| i + 1);
    let first_line = text.get(ls..first_end)?;
    let first = turn_label(text, first_line)
        .or_else(|| page_speaker(text, labels, credits, b0, first_end))?;
    let shown = |s: &str| {
        let w: Vec<&str> = s.split_whitespace().collect();
        let head = w.iter().take(8).copied().collect::<Vec<_>>().join(" ");
        if w.len() > 8 {
            format!("{head} \u{2026}")
        } else {
            head
        }
    };
    let written = |line: &str| {
        let rest = past_timestamp(line);
        let head = rest.get(..rest.find(": ")?)?.trim();
        (labelled(rest) && turn_label(text, line).is_some()).then(|| head.to_string())
    };
    let mut at = first_end + 1;
    while at < b1 {
        let le = text.get(at..)?.find('\n').map_or(text.len(), |i| at + i);
        let line = text.get(at..le)?;
        if let Some(other) = turn_label(text, line) {
            if other.to_lowercase() != first.to_lowercase() {
                // The label's colon, past a timestamp's own (`[00:12:52] NAME:`).
                let rest = past_timestamp(line);
                let label_end = at + (line.len() - rest.len()) + rest.find(':')? + 1;
                let theirs = text.get(label_end..le.min(b1))?;
                let label = text.get(at..label_end - 1)?;
                let label = past_timestamp(label).trim().to_string();
                // Each named as the page writes the label (`COUNCILLOR MARTA LINDQVIST`, not
                // the name without its title).
                let first = written(first_line).unwrap_or(first);
                let message = format!(
                    "the quote joins two people's words: on the page \u{201C}{}\u{201D} is \
                     {first}'s and \u{201C}{}\u{201D} is {label}'s: check whose words they \
                     are",
                    shown(text.get(b0..first_end)?),
                    shown(theirs)
                );
                return Some((message, label));
            }
        }
        at = le + 1;
    }
    None
}

/// Words that open what a verb of saying says or names, not who says it or when (`told
/// another story`, `said nothing`, `said that the figures …`, `described the plan`): after
/// one the verb reports something of its own, and its sentence is narration, no speech tag.
const SAID_THINGS: &[&str] = &[
    "a",
    "all",
    "an",
    "another",
    "any",
    "anything",
    "both",
    "each",
    "every",
    "everything",
    "few",
    "her",
    "his",
    "how",
    "it",
    "its",
    "little",
    "many",
    "more",
    "much",
    "my",
    "no",
    "nothing",
    "otherwise",
    "our",
    "several",
    "so",
    "some",
    "something",
    "that",
    "the",
    "their",
    "these",
    "this",
    "those",
    "what",
    "whether",
    "why",
    "your",
];

/// Verbs of saying whose object is the person spoken to (`told reporters`, `asked the
/// committee`, `warned the council`), not what is said.
const ADDRESSING: &[&str] = &[
    "asked", "asks", "reminded", "tell", "tells", "told", "urged", "warned", "warns",
];

/// What an [`ADDRESSING`] verb says rather than whom to (`told a different story`, `told
/// the truth`, `asked a question`).
const TOLD_THINGS: &[&str] = &[
    "jokes",
    "joke",
    "lie",
    "lies",
    "question",
    "questions",
    "stories",
    "story",
    "tale",
    "tales",
    "truth",
    "version",
];

/// What an [`ADDRESSING`] verb may not open with either: no person is spoken to.
const NOT_ADDRESSEES: &[&str] = &[
    "another",
    "anything",
    "everything",
    "how",
    "it",
    "little",
    "much",
    "nothing",
    "otherwise",
    "so",
    "something",
    "that",
    "what",
    "whether",
    "why",
];

/// Words that may stand before a verb of saying with no subject of their own (`then said
/// Greer`, `later added the director`): the tag is inverted.
const LEADS: &[&str] = &[
    "afterwards",
    "again",
    "also",
    "and",
    "but",
    "finally",
    "later",
    "now",
    "then",
    "yet",
];

/// Whether `run`, the page's words between two of its quotations, is no more than a speech
/// tag: every sentence of it has a verb of saying, after its subject (`Greer said`, `the
/// director told reporters on Monday`) or before it (`said Alan Birkett, who has lived on
/// the green for sixty years`), with at most the person spoken to and words of time, place
/// or manner after it. A sentence without a verb of saying (`The room fell silent.`) or whose
/// verb says something of its own (`The visitor numbers told another story.`, `He said the
/// figures were wrong.`) is narration: a quote joining the quotations over it joins two
/// passages. What follows a comma after the verb (an aside on the speaker, `smiling`) is
/// not read. English rules: for a page in English (see `lang::reads_english`).
pub(crate) fn speech_tag(run: &str) -> bool {
    let mut sentence: Vec<&str> = Vec::new();
    let mut words = run.split_whitespace().peekable();
    while let Some(w) = words.next() {
        sentence.push(w);
        let end = w
            .trim_end_matches([')', ']', '\'', '\u{2019}'])
            .ends_with(['.', '!', '?', ';', ':']);
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        // `Dr.`, `J.`, `U.S.` end no sentence.
        let abbreviation = bare.chars().count() == 1
            || bare.contains('.')
            || (bare.len() <= 4
                && bare.starts_with(|c: char| c.is_uppercase())
                && speaker::is_title(bare));
        if (end && !abbreviation) || words.peek().is_none() {
            if !tag_sentence(&sentence) {
                return false;
            }
            sentence.clear();
        }
    }
    true
}

/// Whether one sentence of a run between quotations is a speech tag (see [`speech_tag`]).
fn tag_sentence(sentence: &[&str]) -> bool {
    let lower: Vec<String> = sentence
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let Some(v) = lower.iter().position(|w| speaker::is_speech_verb(w)) else {
        return false;
    };
    // Inverted (`said Greer`, `then added the director`): the subject follows the verb.
    if lower[..v].iter().all(|w| LEADS.contains(&w.as_str())) {
        return true;
    }
    // After the verb, up to a comma: the person spoken to, and time, place or manner.
    let mut rest: Vec<&str> = Vec::new();
    if !sentence[v].ends_with(',') {
        for (raw, w) in sentence.iter().zip(&lower).skip(v + 1) {
            rest.push(w);
            if raw.ends_with(',') {
                break;
            }
        }
    }
    let Some(first) = rest.first() else {
        return true;
    };
    if ADDRESSING.contains(&lower[v].as_str()) {
        !NOT_ADDRESSEES.contains(first) && !rest.iter().any(|w| TOLD_THINGS.contains(w))
    } else {
        !SAID_THINGS.contains(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, words: &str) -> Option<String> {
        let b0 = text.find(words).expect("words on the page");
        page_speaker(text, &[], &[], b0, b0 + words.len())
    }

    /// A speech tag between two quotations, against narration (forty-seventh session).
    #[test]
    fn a_speech_tag_is_told_from_narration() {
        for tag in [
            "he said",
            "Greer said.",
            "said Alan Birkett, who has lived on the green for sixty years",
            "the director told reporters on Monday.",
            "she added, smiling.",
            "Then added Dr. Okoro.",
            "Greer said. He added:",
        ] {
            assert!(speech_tag(tag), "{tag}");
        }
        for narration in [
            "The visitor numbers told another story.",
            "The room fell silent.",
            "He said the figures were wrong.",
            "Greer said. The crowd cheered.",
            "She told the truth.",
            "It said nothing.",
        ] {
            assert!(!speech_tag(narration), "{narration}");
        }
    }

    #[test]
    fn the_page_gives_words_to_a_speaker() {
        let page = "Hearing, 3 May\nCHAIR (Mr Hollis): That is frankly a scandal for \
                    the region.\nDR SETHI: I would not go so far.\nCHAIR (Mr Hollis): \
                    Then how far?";
        assert_eq!(at(page, "frankly a scandal").as_deref(), Some("Hollis"));
        assert_eq!(at(page, "not go so far").as_deref(), Some("SETHI"));
        let page = "[00:14:32] DANA: The season ran long this year.\n[00:14:40] RUTH: It \
                    did.\n[00:14:43] DANA: And the next?";
        assert_eq!(at(page, "season ran long").as_deref(), Some("DANA"));
        let page = "The plan drew fire.\n\u{201C}It will gut the service,\u{201D} said \
                    Pryce, the organiser.";
        assert_eq!(at(page, "gut the service").as_deref(), Some("Pryce"));
        let page = "Marcus Pryce, who chairs the friends' association, said: \u{201C}We \
                    were never consulted at all.\u{201D}";
        assert_eq!(at(page, "never consulted").as_deref(), Some("Marcus Pryce"));
        // Nobody named: the narration's own words, a pronoun.
        let page = "The water company said nothing. Bills rose by a third.";
        assert_eq!(at(page, "Bills rose by a third"), None);
        let page = "\u{201C}We will not raise taxes,\u{201D} she said.";
        assert_eq!(at(page, "not raise taxes"), None);
        // A role's label ends the turn before it.
        let page = "Ms NWOSU (Eastfield): The buses are late every day.\nThe CHAIR: We \
                    will write to the operator about the timetable.\nMs NWOSU: Thank you.";
        assert_eq!(at(page, "write to the operator"), None);
        // A quotation that ends its sentence: the next sentence's subject is not its speaker.
        let page = "\u{201C}We will not raise taxes.\u{201D} Pryce said the council disagreed.";
        assert_eq!(at(page, "not raise taxes"), None);
    }

    #[test]
    fn a_line_ending_in_a_colon_introduces_the_words_below_it() {
        // A block quotation under the sentence that names its speaker.
        let page = "The ferry ran late all week.\nPier master Agnes Thornbury put it \
                    plainly:\nThe timetable is a work of fiction this winter.\nThe board \
                    meets in May.";
        assert_eq!(
            at(page, "timetable is a work").as_deref(),
            Some("Agnes Thornbury")
        );
        let page = "Crews were stood down. Then Thornbury told the inquiry:\nNo boat should \
                    have sailed that night.";
        assert_eq!(at(page, "No boat should").as_deref(), Some("Thornbury"));
        // The line's own attribution comes first.
        let page = "Thornbury told the inquiry:\n\u{201C}No boat should have sailed,\u{201D} \
                    said Ivo Pask.";
        assert_eq!(at(page, "No boat should").as_deref(), Some("Ivo Pask"));
        // An introduction naming no one, or not right above the words, gives them to no one.
        let page = "The report put it plainly:\nThe timetable is a work of fiction.";
        assert_eq!(at(page, "timetable is a work"), None);
        let page = "She put it plainly:\nThe timetable is a work of fiction.";
        assert_eq!(at(page, "timetable is a work"), None);
        let page = "Thornbury said:\nThe pier is safe.\nThe timetable is a work of fiction.";
        assert_eq!(at(page, "timetable is a work"), None);
        let page = "Thornbury said the ferry was late.\nThe timetable is a work of fiction.";
        assert_eq!(at(page, "timetable is a work"), None);
        // A party before a role is not the speaker's name.
        let page = "\u{201C}The figures do not add up,\u{201D} said Green councillor Ruth \
                    Okafor.";
        assert_eq!(at(page, "figures do not").as_deref(), Some("Ruth Okafor"));
        let page = "\u{201C}The figures do not add up,\u{201D} said a Green councillor.";
        assert_eq!(at(page, "figures do not"), None);
    }

    #[test]
    fn labels_standing_above_their_words() {
        // A `<dl>`'s terms over their definitions, as the page's text shows them.
        let page = "Inquiry into the lighthouse, day 2\nCommissioner Hal Brodribb (Chair)\nGood \
                    morning, and thank you for coming.\nMs Petra Vollmer:\nThe lamp failed \
                    twice in the storm week.\nCommissioner Hal Brodribb (Chair)\nWho was told \
                    about the first failure?";
        assert_eq!(at(page, "failed twice").as_deref(), Some("Petra Vollmer"));
        assert_eq!(at(page, "Who was told").as_deref(), Some("Hal Brodribb"));
        // A table row's first cell, a podcast's timestamped label in a paragraph of its own.
        let page = "Name\nStatement\nCllr Edith Marchbank\nThe bridge must close for \
                    repairs.\nMr Tobias Lund (resident)\nThe detour adds an hour to every \
                    school run.\nCllr Edith Marchbank\nI move that we accept the report.";
        assert_eq!(at(page, "detour adds").as_deref(), Some("Tobias Lund"));
        let page = "[00:01:10] NOOR HADDAD\nThe harbour is silting up.\n[00:01:30] EMIL \
                    STRAND\nDredging costs more each year.\n[00:02:02] NOOR HADDAD\nThen \
                    who pays?";
        assert_eq!(at(page, "costs more").as_deref(), Some("EMIL STRAND"));
        // A label on its own line ends the turn before it, even where the page does not
        // read as a transcript.
        let page = "NOOR HADDAD: Welcome back.\n[00:01:30] EMIL STRAND\nDredging costs \
                    more each year.";
        assert_eq!(at(page, "costs more"), None);
        // One-word labels in a dialogue, a timestamp's cell before the speaker's.
        let page = "Dialogue\nMarsh\nRates are too high.\nQuell\nThe rise came too late \
                    to matter.\nMarsh\nUnfair.";
        assert_eq!(at(page, "came too late").as_deref(), Some("Quell"));
        let page = "Time\nSpeaker\nWords\n19:02\nCllr Imre Tass\nI move the report.\n19:04\n\
                    Cllr Wenna Pike\nThe pool must stay open all summer.\n19:06\nCllr Imre \
                    Tass\nNoted.";
        assert_eq!(at(page, "pool must stay").as_deref(), Some("Wenna Pike"));
        // Headings and a glossary's terms are not speakers.
        let page = "Flood Defences\nThe wall was raised in 2019.\nTidal Locks\nThe locks \
                    close at high water.";
        assert_eq!(at(page, "locks close"), None);
        let page = "Glossary\nDredging\nDigging out a channel.\nSilting\nThe slow filling \
                    of a channel.";
        assert_eq!(at(page, "slow filling"), None);
        let page = "Ms Ada Quist: The maps are old.\nMs Ada Quist: Very old.\nFlood \
                    Defences\nThe wall was raised in 2019.";
        assert_eq!(at(page, "wall was raised"), None);
    }

    #[test]
    fn caption_voices_and_long_turns() {
        let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Mirela Danu>The depot \
                   opens in May.\n\n00:00:04.000 --> 00:00:08.000\n<v.loud Piet Harmsen>Not \
                   before the road is finished.";
        assert_eq!(at(vtt, "depot opens").as_deref(), Some("Mirela Danu"));
        assert_eq!(at(vtt, "road is finished").as_deref(), Some("Piet Harmsen"));
        // A turn of five paragraphs: its label four lines back.
        let page = "Lars Eide: Welcome.\nAnnika Holm: Thanks. First point.\nSecond \
                    point.\nThird point.\nFourth point, the one about the dredger.\nLars \
                    Eide: Thank you.";
        assert_eq!(
            at(page, "about the dredger").as_deref(),
            Some("Annika Holm")
        );
        // Not past two lines on a page that reads as no transcript, nor over a report's
        // paragraphs quoting people.
        let page = "Annika Holm: Thanks. First point.\nSecond point.\nThird point.\nFourth \
                    point, the one about the dredger.";
        assert_eq!(at(page, "about the dredger"), None);
        let page = "Lars Eide: Welcome.\nLars Eide: Thanks.\nThe harbour board met.\n\
                    \u{201C}It is late,\u{201D} a pilot said.\nThe dredger is due in June.";
        assert_eq!(at(page, "dredger is due"), None);
        // Hansard's long role with the member's name in brackets.
        let page = "Mr Oskar Brenn (Eastfield) (Lab): What will the fare be?\nThe Secretary \
                    of State for Transport (Ilona Vasquez): The fare will be frozen.";
        assert_eq!(at(page, "will be frozen").as_deref(), Some("Ilona Vasquez"));
    }

    #[test]
    fn wrong_speaker_is_warned_once_per_page_of_evidence() {
        let mut q = Quote::citing("That is frankly a scandal for the region", "http://x/");
        q.speaker = Some("Dr Amara Sethi".into());
        let page = "CHAIR (Mr Hollis): That is frankly a scandal for the region.\nDR SETHI: \
                    No.\nCHAIR (Mr Hollis): Then?";
        let b0 = page.find("That is").unwrap();
        let b1 = page.find(" region").unwrap() + 7;
        let w = mismatch(&q, page, &[], &[], b0, b1).expect("another speaker's words");
        assert!(w.contains("Hollis") && w.contains("Sethi"), "{w}");
        // The witness repeats the words in her answer: they are hers too.
        let page2 = format!("{page}\nDR SETHI: That is frankly a scandal for the region, yes.");
        assert_eq!(mismatch(&q, &page2, &[], &[], b0, b1), None);
        // The article names the chair: no warning.
        q.speaker = Some("Hollis".into());
        assert_eq!(mismatch(&q, page, &[], &[], b0, b1), None);
        // The article's speaker repeats the words mid-sentence, with a small first letter.
        q.speaker = Some("Hollis".into());
        let page = "DR SETHI: No. The ferry was late again.\nCHAIR (Mr Hollis): So the ferry \
                    was late again, you say.";
        let b0 = page.find("The ferry").unwrap();
        let b1 = b0 + "The ferry was late again".len();
        assert_eq!(mismatch(&q, page, &[], &[], b0, b1), None);
    }

    /// The labels `continued_labels` finds, as the text they cover.
    fn continued(text: &str) -> Vec<&str> {
        continued_labels(text)
            .into_iter()
            .map(|r| text.get(r).expect("in the text").trim_end())
            .collect()
    }

    #[test]
    fn continued_labels_are_the_same_speakers_again() {
        // A speaker's second paragraph, past a paragraph without a label; not the next
        // speaker's label, nor the first of a turn.
        let page = "DR. OKAFOR: The wells were drilled.\nMore of her answer.\n\
                    DR. OKAFOR: Nobody tested them.\nHOST: Why not?\nDR. OKAFOR: No budget.\n\
                    HOST: And then?\nHOST: Go on.";
        assert_eq!(continued(page), ["DR. OKAFOR:", "HOST:"]);
        // Captions: each line's timestamp, and the name after it when it goes on.
        let pre = "00:31:02  MARSH  The new wells were drilled\n00:31:05  MARSH  to the old \
                   landfill\n00:31:09  to the water\n00:31:12  HOST  Why not?";
        assert_eq!(
            continued(pre),
            ["00:31:02", "00:31:05  MARSH", "00:31:09", "00:31:12"]
        );
        // A one-word label only where it opens two lines; a lone `Note:` is none.
        assert!(continued("Note: one.\nNote: two.").is_empty());
        assert_eq!(
            continued("Interviewer: one?\nInterviewer: two?\nThe CHAIR: Order.\nThe CHAIR: Order!"),
            ["Interviewer:", "The CHAIR:"]
        );
        assert_eq!(
            continued("Okoro: one.\nOkoro: two.\nLind: three."),
            ["Okoro:"]
        );
        // A time in prose, one line alone, is no transcript's.
        assert!(continued("10:30 The meeting opened.\nIt closed at noon.").is_empty());
    }

    #[test]
    fn a_handle_running_the_name_together_is_the_speakers() {
        for handle in [
            "TomReyesCllr",
            "tom_reyes",
            "TReyes",
            "tomreyes",
            "Reyes2024",
        ] {
            assert!(handle_of("Cllr Tom Reyes", handle), "{handle}");
        }
        for handle in ["harbourlad", "Reyesville", "TomReynolds", "Tom Reyes"] {
            assert!(!handle_of("Cllr Tom Reyes", handle), "{handle}");
        }
        // A surname of two letters is too short to tell.
        assert!(!handle_of("Ada Li", "LiLiLi"));
    }

    #[test]
    fn a_role_after_according_to_is_left_out() {
        assert_eq!(
            without_role("According to the transport analyst Ian Pryce, the scheme").as_deref(),
            Some("According to Ian Pryce, the scheme")
        );
        assert_eq!(
            without_role("according to economist Dr Ines Varga, it").as_deref(),
            Some("according to Dr Ines Varga, it")
        );
        for sentence in [
            "According to the annual Harbour Report, the scheme",
            "According to the council, the scheme",
            "According to the analyst Ian Pryce, Hart said the scheme",
            "According to Ian Pryce, the scheme",
            "Disaccording to the analyst Ian Pryce, the scheme",
        ] {
            assert_eq!(without_role(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn caption_names_are_capitals_before_words() {
        assert_eq!(
            caption_name("MARSH  to the old landfill"),
            Some(("MARSH".to_string(), 5))
        );
        assert_eq!(
            caption_name("DR. ANA LIND  said no"),
            Some(("DR. ANA LIND".to_string(), 12))
        );
        // All capitals: no word after the name to tell it by.
        assert_eq!(caption_name("MARSH SAYS NO"), None);
        assert_eq!(caption_name("to the old landfill"), None);
    }
}
