//! The fifty-sixth session's one list of title abbreviations, on the notes' side: an
//! author–date reference whose author carries a title the old list lacked
//! (`Pryce, Capt. R. (2021).`) keeps the whole name; the title's stop did not end the names.

use crate::support::{extract_markdown, note};

#[test]
fn a_titles_stop_does_not_end_a_references_names() {
    let e = extract_markdown(
        "The logs were kept by hand for a decade (Pryce, 2021).\n\n\
         ## References\n\n\
         Pryce, Capt. R. (2021). *Harbour logs of the north coast*. Port Press.\n",
    );
    let n = note(&e, "Pryce 2021");
    assert_eq!(n.authors, ["Pryce, Capt. R."], "{n:#?}");
    assert_eq!(n.title.as_deref(), Some("Harbour logs of the north coast"));
}
