//! stub
use std::io::{self, Write};
use crate::model::Report;
use super::ReportOptions;
/// stub
pub fn write(_r: &Report, _o: &ReportOptions, _out: &mut dyn Write) -> io::Result<()> { Ok(()) }
