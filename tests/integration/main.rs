//! One integration-test binary (faster to link than one per file).
//!
//! - `scholarly_s26`: the twenty-sixth session's evaluation of scholarly article HTML:
//!   Springer's parenthesised link markers and two-paragraph entries, lists mixing ranges.
//! - `scholarly_s33`: numbered bibliographies sharing their numbers with footnotes (LaTeXML,
//!   Pandoc's numeric styles), links showing `[n]`, Harvard's single-quoted titles.
//! - `academic_s23`: the twenty-third session's held-out evaluation of scholarly articles:
//!   reference URLs broken over two lines, Vancouver entries, MLA short titles in citations.
//! - `attribution_s53`: the fifty-third session's quote attribution: a speaker named in
//!   full going on by surname, title or pronoun (`Birkett added:`, `“…,” Birkett added.`),
//!   a continuation after a paragraph ending with a note marker.
//! - `attribution_s53b`: the fifty-third session's second pass on a speaker going on: one
//!   named with a role first (`the council leader, Alan Birkett, said`, `council leader Alan
//!   Birkett said`), and no `he` or `she` going on from a body's words (`the ministry said`).
//! - `attribution_s53c`: the fifty-third session's third pass on quote attribution: a link in
//!   a phrase naming what the speaker answers or is asked about (`Responding to the mayor’s
//!   [statement](…), Pike said`) backs that phrase, not the quotation.
//! - `attribution_s53d`: the fifty-third session's fourth pass on a continuation taking the
//!   citation before: a speaker quoted in single marks, a split quotation's speaker going
//!   on (`“…,” he added, “…”`), a speaker named after a role in the sentence before, a
//!   short quote in a sentence reporting it (`It also says that … “co-design” …`), a
//!   speaker after a fronted year (`In 2019 Reid gave a [talk](…)`), a tag naming the
//!   document (`“…,” the statement said.`, `“…,” it added.`).
//! - `attribution_s54_attr`: the fifty-fourth session's quote attribution: a block quotation
//!   introduced by `In it she wrote:`, `told the audience`, a speaker named after a fronted
//!   link or a capitalised role, a pronoun of the other gender, a link a speaker answers, a
//!   bare `said` after the speaker's own medium, a quoted speaker past an affiliation.
//! - `attribution_s55_attrib`: the fifty-fifth session's quote attribution: a wiki `{{quote}}`
//!   credit's marker, a link in the subject's relative clause, a sentence after the quotation
//!   naming its source, a superscript digit linking elsewhere, a pull quote repeating an
//!   excerpt, a wiki link naming the speaker.
//! - `attribution_s57_attr`: the fifty-seventh session's quote attribution: the same record
//!   lent only by a quotation naming the same person, a link in a clause of its own after a
//!   colon, a name linking a profile or home page, a speaker going on over a block
//!   quotation, a labelled address on the line after, a clause saying where they wrote.
//! - `attribution_s57_follow`: the fifty-seventh session's `following` ties: the next
//!   paragraph naming the quotation back and saying where its words were made, given or
//!   published (`That admission came in a [letter](…)`), the link there only.
//! - `author_date_s52`: the fifty-second session's author–date citations in other
//!   languages: a body's `Name (Jahr): Titel.` entry, foreign page locators before a block.
//! - `citation_styles`: MLA, author–date in square brackets, Wikipedia short citations.
//! - `eval_s44`: the forty-fourth session's extraction fixes: single-mark quotations past
//!   the apostrophes inside them, a marker mid-quotation, a `<q>`'s `cite` its own, notes
//!   citing where words were quoted, a review's periodical, a company named with `&`, an
//!   image's alt text, typed dots opening a quotation, a later quotation's marker, a link
//!   backing another speaker's clause, a note title in straight single marks.
//! - `eval_s45`: the forty-fifth session's extraction fixes: a GFM `Ibid.` in printed
//!   order, an MLA citation of an unlisted author, names holding commas and `&`.
//! - `eval_s46`: the forty-sixth session's extraction fixes: numbered reference links side
//!   by side and inside a closing mark.
//! - `eval_s47`: the forty-seventh session's extraction fixes: clauses of their own after a
//!   quotation, source sentences after it, credits in brackets, correction boxes.
//! - `eval_s48`: the forty-eighth session's extraction fixes: a pronoun taking up its
//!   speaker's cited work, `while noting that`, `Quoted in ibid.`, MLA entries by
//!   organisations and addresses without a scheme, a pronoun introducing an APA block.
//! - `eval_s60_html`: the sixtieth session's held-out evaluation of HTML articles: a post's
//!   categories and tags inside its `article`, a `Read more` box in the story, Google Docs'
//!   italic classes, a Vancouver title's subtitle read as a German colon, a committee
//!   report's session and paper number read as its publisher.
//! - `eval_s61_html`: the sixty-first session's held-out HTML articles: a story's kicker and
//!   by-line, a journal's contributors and affiliation marks, a paper's own DOI and PDF, group authors (`R Core Team.`) heading Vancouver entries.
//! - `eval_s62_html`: the sixty-second session's held-out HTML articles: PubMed Central's
//!   bracketed citation links and present author list, LaTeXML's italics and proceedings,
//!   government and published-document banners, links to the next and previous posts.
//! - `eval_s63_html`: the sixty-third session's held-out HTML articles: a page's tools known
//!   by their labels (skip links, `Cite this article`, `Google Scholar` and `PubMed`
//!   searches, an e-mail's `View in browser` and `Unsubscribe`), sign-in buttons, WordPress's
//!   post terms, MediaWiki's tabs and language links.
//! - `eval_s64_html`: the sixty-fourth session's held-out HTML pages: a site's own words
//!   through its home page, heading permalinks, `rel="tag"`, AMP's ads, a Q&A site's menus
//!   and user cards, Blogger's, Squarespace's and Read the Docs' site boxes.
//! - `eval_s65_html`: the sixty-fifth session's held-out HTML pages: a thread page's opening
//!   post, print buttons and platform credits, empty heading anchors, `rel="license"`, title
//!   blocks' metadata and `a.author`, Quarto's self-citation, a newsletter's sponsor, a year
//!   in a file's name, Medium's by-line, a Read the Docs footer, a Q&A page's share link and
//!   sort tabs; and the five fixture pages kept from it.
//! - `s63_html_more`: leftovers of the sixty-third session's HTML evaluation: a link around
//!   a furniture icon, a paper's own PubMed record, a journal's subject link over the title.
//! - `s62_html_more`: the rest of that evaluation: a comma closed inside a quotation's marks
//!   is the sentence's, share buttons known by path and query on any host, Substack's end
//!   of post, a body's plain-style technical report and its cabinet papers.
//! - `eval_s60_md`: the sixtieth session's held-out Markdown and plain-text articles: an
//!   indented passage under `…:³`, `summarised in` before the work cited, a journal's volume,
//!   a plain book's covered years, reference numbers, a quotation judging the one before.
//! - `eval_s61_md`: the sixty-first session's held-out Markdown and plain-text articles: a
//!   document's kind or series number as publisher, a register's filing, group authors in
//!   Chicago author–date, acknowledgements' dates, a press release's contacts and capitals.
//! - `eval_s61_md2`: the rest of that evaluation: a person's spoken words tied to a document
//!   linked after them, a note's date from its prose, titles of notes in other orders, an
//!   author–date citation of another clause, a range of years read as notes 2019 to 2021.
//! - `eval_s62_md`: the sixty-second session's held-out Markdown and plain-text articles:
//!   Harvard's bare `(eds)` before the year, a report's or archive's number and IEEE's short
//!   month as publisher, an `online collection`, a chapter's subtitled book cut at its colon.
//! - `eval_s63_md`: the sixty-third session's held-out Markdown and plain-text articles: an
//!   RFC's number as publisher, `The same study` taking up the work cited before, `as the
//!   guide put it.[3]` after a block, `J. Smith. Title.`, `IEEE Sens. J.`, bodies named in
//!   French sentence case, an exhibition catalogue as publisher.
//! - `eval_s64_md`: the sixty-fourth session's held-out Markdown and plain-text articles: a
//!   version, a parliamentary session or an edition's lower-case description is no
//!   publisher, a block quotation's lead-in naming again the work linked before or a
//!   numbered part of it (`Step 10 is the one that matters here:`).
//! - `eval_s65_md`: the sixty-fifth session's held-out Markdown and plain-text articles: a
//!   transcribed book's `[Footnote 1: …]` notes, `The same report adds:` over a block
//!   quotation, an MDX `<Callout type="quote">`, a repeated pull quote closed by `{:
//!   .pullquote}`.
//! - `s65_more`: the rest of the sixty-fifth session's Markdown and plain-text evaluation:
//!   the source a front matter names (`source:`, `via:`) is a link, checked as one, and the
//!   article's own address there (`canonical_url:`) is its own.
//! - `s64_more`: the rest of the sixty-fourth session's Markdown evaluation: a block
//!   quotation's lead-in naming a work (`Article 5 of the treaty says:`, `The report says:`)
//!   takes a link only when the link names it too; a reply's `>` quotation of the thread's
//!   own earlier words is no quotation; an inline quotation's sentence naming a kind of work
//!   again (`The guidelines are careful to say that`, `the same section says`) takes the
//!   citation before when that citation names it.
//! - `s63_more`: the rest of the sixty-third session's evaluation of `extract`: a Romance
//!   body's name before a Chicago title (`, "Title, 1921–1961," https://…`), a block
//!   quotation's work named by `quoted above` under it, an HTML credit line after a `<br>`
//!   on a line of its own.
//! - `s62_more`: the rest of the sixty-second session's Markdown and plain-text evaluation:
//!   an `Our sources` list whose titles are links (`Publisher, [Title](…), date`), a title
//!   after `author of` or a work `called` so, an italic journal abbreviation's last stop.
//! - `repeated_s60`: a quotation in a headline or subheading repeating, whole or in part, a
//!   quotation the story cites elsewhere takes its citations (`repeated`); an uncited one's
//!   repeat, or words the story never quotes, stay uncited.
//! - `extract`: fixture articles pinned by snapshots and explicit assertions, plus the real
//!   binary on bad inputs (unreadable, binary, invalid UTF-8, empty, deeply nested, huge).
//! - `held_out_s25_exports`: regressions found by the twenty-fifth session's evaluation of
//!   articles as real tools export them (Typora, Medium, MediaWiki, Jupyter, Substack).
//! - `hostile_s58_para`: the fifty-eighth session's hostile inputs: a paragraph of many
//!   quoting and linking sentences (each still tied to its own link), an `href` after 256
//!   other attributes.
//! - `hostile_s59`: notes numbered past 999 (plain text, Markdown, bracketed end notes; a
//!   year opening a note's line stays in it) and a note of thousands of URLs.
//! - `html_pages`: the markup of publishing tools (WordPress, docutils, pandoc, embeds, …).
//! - `html_s47`: the forty-seventh session's web-page fixes: Substack's embedded tweet,
//!   Medium's link card, a `More from …` box after the story, a contributions appeal,
//!   Ghost's pull quote of the paragraph above, a web page's "Notes to editors".
//! - `html_s48`: the forty-eighth session's web-page fixes: `Latest …` and `More reviews`
//!   boxes after the story, a shop's box, Medium's `Written by …` box, a credit paragraph in
//!   a block quotation, a wiki's identifier pages, Jetpack's sharing buttons, a plain-text
//!   block quotation closed by its page alone.
//! - `html_s49`: the forty-ninth session's web-page fixes: a newsletter's footer and
//!   recommendations after its post and its sharing link, a related-stories box inside
//!   `main`, breadcrumbs, a sign-up box and a feedback box in the story.
//! - `html_s53`: the fifty-third session's web-page fixes: an e-mail newsletter's notes in
//!   its table layout (nested tables, a cell of lines after `Notes<br>`), authors'
//!   affiliation superscripts as no markers, plain `div` header and footer boxes as furniture.
//! - `html_s58_notes`: the fifty-eighth session's notes as publishing tools write them in
//!   HTML: pandoc's entries opening on a line of their own, its bibliography without a
//!   heading, a superscript number linking elsewhere, `[<a>1</a>]` beside footnotes, Hexo's
//!   number span, `xref-bibr` citations, Substack's Subscribe button inside its post.
//! - `i18n_s23`: the twenty-third session's held-out evaluation of non-English articles:
//!   Finnish and Swedish `»…»` and `”…”`, note titles in every language's quotation marks.
//! - `newsroom_s28`: the twenty-eighth session's evaluation of published news pages: a link
//!   opening the sentence after another quote's, donation call-outs and appeal links, teaser
//!   boxes and readers' responses, a heading's count, a pull quote repeating a block quote.
//! - `md_dialects_s30`: the thirtieth session's evaluation of Markdown dialects: MDX
//!   components holding Markdown, GitLab's `>>>` quotations, Pandoc's fenced divs, wikilinks.
//! - `org_s57`: Org-mode inline markup over one line break (code, verbatim, italics, bold,
//!   underlining), and where Org's marks never open or close (paths, products, addresses).
//! - `md_dialects_s57`: content-repo Markdown dialects found misread by the fifty-sixth
//!   session's evaluation: Vue bound attributes, MDX quotation components, Hugo shortcodes.
//! - `md_dialects_s58`: MDX quotation components and Hugo quotation shortcodes whose words
//!   share a line with their tags, and components inline in running text (no blocks).
//! - `org_s58`: Org-mode strike-through (`+struck+`) loses its marks; a `+` in prose stays.
//! - `inline_notes`: Pandoc's inline notes (`^[…]`) in Markdown, alone and beside `[^x]`.
//! - `markers_s52`: the fifty-second session's citation markers in the less common styles:
//!   superscript ranges and lists, Vancouver's numbers in parentheses, MLA short titles of
//!   works without an author.
//! - `note_dates_s30`: the thirtieth session's evaluation of articles in eleven languages:
//!   note dates in each language's shapes (never the day the page was read), Wikipedia's
//!   entries with the date after the names, a periodical named in quotation marks.
//! - `note_fields`: a note's title, authors, publisher, date and URLs, notes headings.
//! - `notes_s47`: the forty-seventh session's note fields: a body before a described work
//!   as its author, a link title broken over two lines, locators and a title's year, a
//!   branch in brackets, explanatory notes, APA journals named `Voluntary …`, plain-text
//!   titles before their imprint.
//! - `notes_s48`: the forty-eighth session's note fields and reference lists: `by` names
//!   after a title, Vancouver titles with `?`, statutes, Chicago book titles with commas,
//!   letters, addresses and clauses as no publisher, untitled sources, MLA's arguer.
//! - `notes_s49`: the forty-ninth session's note fields and author–date citations: a body
//!   then a plain title and date, `&` firms, versions and kinds as no publisher, `DfT`-style
//!   abbreviations, narrative citations with no entry.
//! - `notes_s51`: the fifty-first session's note fields: a body (a firm named with `&`, an
//!   acronym's, a German one) then a subtitled plain title and a date or a page, other
//!   languages' press releases and reports as no publisher, a newspaper after `in`, arXiv
//!   identifiers as URLs, Vancouver entries by a body publishing its own report.
//! - `notes_s51b`: the fifty-first session's second pass on note fields in other languages:
//!   legal forms ending firms' names, `Stand:` dates, interviews' periodicals, nested
//!   quotation in guillemets, pointers (`Voir`, `Vgl.`), other languages' `and`, bodies'
//!   branches, document kinds in lower case, Arabic and Japanese separators.
//! - `notes_s52`: the fifty-second session's reference entries in the less common styles:
//!   unnumbered bibliographies, MLA entries opening with a title, APA posts, wrapped URLs,
//!   bodies named with commas, publishers after places, full dates, ABNT bold titles.
//! - `notes_s53`: the fifty-third session's note fields: an IEEE book in plain text and an
//!   American case cited by its reporter.
//! - `notes_s53b`: the fifty-third session's second pass on note fields: local
//!   governments' and firms' names before a kind of document in other languages, letters
//!   cited as `Letter from X to Y`, a German body's report with only its seat after the title.
//! - `notes_s54_notes2`: the fifty-fourth session's second pass on note fields in other
//!   languages: GOST reference lists, years inside titles, Czech dates, bodies before a kind
//!   of document, places as no publisher, German imprints, GB/T 7714, Spanish newspapers.
//! - `notes_s55_notes`: the fifty-fifth session's notes and boxes: a block quotation in a
//!   Docusaurus admonition's prose, bodies before titles with a year or an item, podcast
//!   episodes, MediaWiki's `(PDF)` after a title.
//! - `notes_s56_sch`: the fifty-sixth session's scholarly evaluation: a passive `was quoted
//!   as saying` names its speaker, Roman-numeral sections in bracket markers (`[2, Sec.
//!   IV]`), Vancouver preprint and proceedings entries, `(Report)` after a title.
//! - `notes_s56_titles`: a reference's author with a title (`Pryce, Capt. R.`) keeps the
//!   whole name (one list of title abbreviations).
//! - `notes_s58_fields`: the fifty-eighth session's note fields: a German date's day stop
//!   after a title with a colon, `et al.` after names, Harvard's day and month after a title,
//!   Vancouver's `[cited …]`, editors' books and unsigned newspaper articles, localised
//!   translator, editor and archive words, a dotted country code before a publisher.
//! - `notes_s58_legal`: the fifty-eighth session's legal note fields: Bluebook signals, books
//!   with their year in brackets, press releases by abbreviated bodies, italic cases before
//!   their reporters, statutes before their codes; MLA's page after two authors' plural verb
//!   or a quotation from no one listed.
//! - `notes_s58_more`: a body's name in sentence case before a quoted title, a quoted
//!   title made a link, and a lower-case description (`updated monthly`) as no publisher.
//! - `notes_s59`: the fifty-ninth session's note fields: clauses naming who kept or
//!   updated the work (`maintained by Tarn Council`, `updated by Tom Hill`), an italic site
//!   between the names and a quoted title, a site's name before a title in sentence case,
//!   `by` names after an italic title, `self-published`, `via …`, `a … publication`.
//! - `notes_s18`: notes sections found unread by the eighteenth session's held-out
//!   evaluation: superscript notes under a rule, `(1)` notes under a heading in any
//!   language, notes numbered in a script's own digits.
//! - `pandoc_citations`: pandoc citations (`[@key]`, `@key`) with front-matter and `.bib` works.
//! - `held_out_s16`: regressions found by the sixteenth session's held-out evaluations.
//! - `held_out_s17`: regressions found by the seventeenth session's held-out evaluations.
//! - `held_out_s18`: regressions found by the eighteenth session's held-out evaluations.
//! - `held_out_s19`: regressions found by the nineteenth session's held-out evaluation.
//! - `held_out_s20_attr`: quote attribution regressions found by the twentieth session's
//!   held-out evaluations.
//! - `held_out_s20_fe`: front-end regressions found by the twentieth session's held-out
//!   evaluation: Japanese and LaTeXML notes, MkDocs containers, code shortcodes, hidden text.
//! - `held_out_s21_ext`: extraction regressions found by the twenty-first session's held-out
//!   evaluation: titles named by a noun or a word for `titled`, bulleted source lists,
//!   e-mail notes under a signature, back-reference notes' metadata.
//! - `held_out_s21_formats`: regressions found by the twenty-first session's last held-out
//!   evaluation: docutils' attribution paragraph, a callout box's quoted title in HTML.
//! - `held_out_s22_cms`: regressions found by the twenty-second session's held-out
//!   evaluation of CMS and word-processor exports (Modern Footnotes, Google Docs, MediaWiki).
//! - `review_s20`: the twentieth session's review of its own new rules (titles after
//!   `thread`, collapsed panels and hidden spans).
//! - `review_s21`: the twenty-first session's review of its own new rules (bulleted source
//!   lists, plain-text introductions, organisation names, reStructuredText attributions).
//! - `proptest_extract`: extraction never panics and every position is inside the input.
//! - `rst_org`: reStructuredText and Org-mode, their fixtures and each construct.
//! - `formats_s54`: the fifty-fourth session's held-out evaluation of other input formats
//!   (rST citation references compared without case, `broadcast in` the linked record,
//!   a bare address's path no name of the work, a note's comment no publisher, a number
//!   as a book's title).
//! - `plain_s57_plainhy`: the fifty-seventh session's plain-text quotations: a word broken
//!   at a line's end with a hyphen written whole (a compound keeping its hyphen), `>` reply
//!   lines answered right under them cited by their own marker.
//! - `word_labels`: citations labelled with words: sphinxcontrib-bibtex `[Oka19]`, W3C/WHATWG
//!   spec bibliographies `[DOM]`, RFC named references `[RFC8259]`.

mod academic_s23;
mod attribution_s53;
mod attribution_s53b;
mod attribution_s53c;
mod attribution_s53d;
mod attribution_s54_attr;
mod attribution_s54_attr2;
mod attribution_s55_attrib;
mod attribution_s57_attr;
mod attribution_s57_follow;
mod author_date_s52;
mod citation_styles;
mod cms_s31;
mod eval_s36;
mod eval_s37;
mod eval_s38;
mod eval_s44;
mod eval_s45;
mod eval_s46;
mod eval_s47;
mod eval_s48;
mod eval_s49;
mod eval_s50;
mod eval_s51;
mod eval_s60_html;
mod eval_s60_md;
mod eval_s61_html;
mod eval_s61_md;
mod eval_s61_md2;
mod eval_s62_html;
mod eval_s62_md;
mod eval_s63_html;
mod eval_s63_md;
mod eval_s64_html;
mod eval_s64_md;
mod eval_s65_html;
mod eval_s65_md;
mod extract;
mod formats_s54;
mod held_out_s16;
mod held_out_s17;
mod held_out_s18;
mod held_out_s19;
mod held_out_s20_attr;
mod held_out_s20_fe;
mod held_out_s21_ext;
mod held_out_s21_formats;
mod held_out_s22_cms;
mod held_out_s25_exports;
mod hostile_s58_para;
mod hostile_s59;
mod html_pages;
mod html_s47;
mod html_s48;
mod html_s49;
mod html_s51;
mod html_s53;
mod html_s56_bio;
mod html_s58_notes;
mod i18n_s23;
mod inline_notes;
mod markers_s52;
mod md_dialects_s30;
mod md_dialects_s57;
mod md_dialects_s58;
mod newsroom_s28;
mod note_dates_s30;
mod note_fields;
mod notes_s18;
mod notes_s28;
mod notes_s32;
mod notes_s36;
mod notes_s47;
mod notes_s48;
mod notes_s49;
mod notes_s50;
mod notes_s51;
mod notes_s51b;
mod notes_s52;
mod notes_s52b;
mod notes_s53;
mod notes_s53b;
mod notes_s54_notes;
mod notes_s54_notes2;
mod notes_s55_notes;
mod notes_s56_sch;
mod notes_s56_titles;
mod notes_s58_fields;
mod notes_s58_legal;
mod notes_s58_more;
mod notes_s59;
mod notes_s60_long;
mod org_s57;
mod org_s58;
mod pandoc_citations;
mod plain_s55_plain1;
mod plain_s55_plain2;
mod plain_s56_plain3;
mod plain_s57_plainhy;
mod proptest_extract;
mod quotes_s50;
mod quotes_s51;
mod repeated_s60;
mod repo_s22;
mod review_left_s20;
mod review_s15;
mod review_s16;
mod review_s20;
mod review_s21;
mod review_s55;
mod rst_org;
mod s62_html_more;
mod s62_more;
mod s63_html_more;
mod s63_more;
mod s63_review;
mod s64_more;
mod s64_review;
mod s65_more;
mod s65_review;
mod scholarly_s26;
mod scholarly_s33;
mod short_notes_s22;
mod splice_s30;
mod support;
mod text_s24;
mod word_labels;
