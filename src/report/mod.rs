//! Reports: render results for people and CI systems. Reporters write to a `&mut dyn Write`
//! handed to them; they never print.

pub mod extract;
