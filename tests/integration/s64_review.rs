//! The sixty-fourth session's review of its own extraction rules, each found too broad: a
//! site's words about itself (`, which says`) taken from its home page when the clause goes
//! on to other news; sign-up and social buttons' words made furniture inside a sentence;
//! `rel="tag"` on a sentence's link to an encyclopedia; and a paper's name in lower case
//! (`il manifesto`) read as a description, no publisher.

use citecheck::model::{Attribution, DocKind};

use crate::support::{cites, extract_as, extract_markdown, furniture, note, urls_of};

/// `, which says` cites the home page only when the quotation follows the clause's verb:
/// a clause that goes on to other news quotes the body's words from elsewhere.
#[test]
fn a_sites_words_about_itself_only_right_after_its_verb() {
    let e = extract_markdown(
        "[Amnesty International](https://rights.example.org/), which says it has documented \
         30 cases, said the arrests were “a blatant attack on free expression”.\n\n\
         [Reuters](https://wire.example.org/), which says it verified the footage, reported \
         that troops “opened fire without any warning at all”.\n\n\
         We started with [Google Scholar](https://scholar.example.org/), which says it aims \
         to “make scholarly literature easy to find for everyone”.\n\n\
         The [Harbour Trust](https://harbour.example.org/), which describes itself as “the \
         voice of the working waterfront since 1921”, opposed the plan.\n",
    );
    assert!(
        cites(&e, "a blatant attack").is_empty(),
        "{:?}",
        cites(&e, "a blatant attack")
    );
    assert!(
        cites(&e, "opened fire").is_empty(),
        "{:?}",
        cites(&e, "opened fire")
    );
    assert_eq!(
        urls_of(&e, "make scholarly"),
        ["https://scholar.example.org/"]
    );
    assert_eq!(cites(&e, "make scholarly"), [(None, Attribution::Link)]);
    assert_eq!(
        urls_of(&e, "the voice of the working"),
        ["https://harbour.example.org/"]
    );
}

/// Sign-up and social buttons' words inside a sentence are a source; standing alone, as a
/// button of their own, they are the page's.
#[test]
fn sign_up_and_social_words_in_a_sentence_are_sources() {
    let e = extract_as(
        DocKind::Html,
        "<html><head><title>Campaign</title></head><body><article><h1>Campaign news</h1>\n\
         <p>Campaigners urged supporters to <a href=\"https://campaign.example.org/petition\">\
         sign up now</a>, and 40,000 did within a day.</p>\n\
         <p>The senator’s team told voters to <a \
         href=\"https://social.example.org/senator/posts/987\">follow us on Facebook</a> for \
         updates, a post that drew criticism.</p>\n\
         <p>Anyone over 18 can still <a href=\"https://trial.example.org/register\">sign up</a> \
         before March.</p>\n\
         <p><a href=\"https://click.example.org/ls/click?upn=abc\">Follow us on Facebook</a> | \
         <a href=\"https://click.example.org/ls/click?upn=def\">Sign up now</a></p>\n\
         </article></body></html>\n",
    );
    for url in [
        "https://campaign.example.org/petition",
        "https://social.example.org/senator/posts/987",
        "https://trial.example.org/register",
    ] {
        assert!(!furniture(&e, url), "{url}");
    }
    for url in [
        "https://click.example.org/ls/click?upn=abc",
        "https://click.example.org/ls/click?upn=def",
    ] {
        assert!(furniture(&e, url), "{url}");
    }
}

/// `rel="tag"` makes a link the site's only when it leads to a tag page or the site's own
/// page: a sentence's link to an encyclopedia so marked by a plugin stays a source.
#[test]
fn a_tag_link_to_another_site_is_a_source() {
    let e = extract_as(
        DocKind::Html,
        "<html><head><title>Post</title></head><body><article><h1>A post</h1>\n\
         <p>As <a href=\"https://wiki.example.org/wiki/Photosynthesis\" rel=\"tag\">\
         photosynthesis</a> explains, “plants convert light energy into chemical energy”.</p>\n\
         <p>Filed under: <a href=\"/tag/biology\" rel=\"tag\">biology</a>, <a \
         href=\"https://blog.example.org/category/plants/\" rel=\"tag\">plants</a></p>\n\
         </article></body></html>\n",
    );
    assert!(!furniture(
        &e,
        "https://wiki.example.org/wiki/Photosynthesis"
    ));
    assert_eq!(
        urls_of(&e, "plants convert"),
        ["https://wiki.example.org/wiki/Photosynthesis"]
    );
    let tag = e
        .links
        .iter()
        .find(|l| l.url.ends_with("tag/biology"))
        .expect("the tag link");
    assert!(tag.furniture);
    assert!(furniture(&e, "https://blog.example.org/category/plants/"));
}

/// A paper that writes its name in lower case is the publisher; a lower-case description
/// of an edition is not.
#[test]
fn a_lower_case_name_is_a_publisher_and_a_description_is_not() {
    let e = extract_markdown(
        "Two papers covered it.[^1] [^2] The guidance followed.[^3]\n\n\
         [^1]: Rossi, Marco. \"La crisi del lavoro.\" il manifesto, 3 May 2021. \
         https://news.example.org/la-crisi-del-lavoro\n\
         [^2]: Müller, Anna. \"Klima und Politik.\" die tageszeitung, 4 June 2020. \
         https://news.example.org/klima-und-politik\n\
         [^3]: World Health Organization. *Guidelines for drinking-water quality*. 4th ed. \
         incorporating the first and second addenda. Geneva: WHO, 2022. \
         https://who.example.org/gdwq\n",
    );
    assert_eq!(note(&e, "1").publisher.as_deref(), Some("il manifesto"));
    assert_eq!(note(&e, "2").publisher.as_deref(), Some("die tageszeitung"));
    assert_ne!(
        note(&e, "3").publisher.as_deref(),
        Some("incorporating the first and second addenda")
    );
}

/// A block quotation's lead-in naming a work or a part takes the sentence before's link
/// only when that link is the work: not the writer's own version, nor another work the
/// sentence set against it.
#[test]
fn a_lead_in_naming_another_work_takes_no_link() {
    let e = extract_markdown(
        "# Comparing specs\n\n\
         Unlike the [W3C draft](https://w3.example.org/draft), the WHATWG specification is a \
         living document. The specification says:\n\n\
         > The user agent must parse the document incrementally as it arrives.\n\n\
         I adapted [Jane's blog post](https://jane.example.org/bread) for my oven. Step 3 in \
         my version is different:\n\n\
         > Knead for twenty minutes, then rest the dough overnight in the fridge.\n",
    );
    assert!(cites(&e, "The user agent").is_empty(), "{:?}", e.quotes);
    assert!(cites(&e, "Knead for twenty").is_empty(), "{:?}", e.quotes);
}
