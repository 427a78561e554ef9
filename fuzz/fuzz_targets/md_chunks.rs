//! Fuzz target: a Markdown document parsed in chunks (the path documents of 1 MiB and more
//! take, here with chunks of a few bytes to a few hundred) gives exactly the one-pass parse.
//! Run with `scripts/fuzz.sh md_chunks` (stable) or `cargo +nightly fuzz run md_chunks`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&size, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    if let Err(e) = citecheck::extract::fuzzing::chunked_parse_agrees(&text, usize::from(size)) {
        panic!("{e}");
    }
});
