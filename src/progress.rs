//! The progress bar on standard error (binary side): done/total, rate and ETA while sources
//! are fetched. Shown only when standard error is a terminal and `--no-progress` is not set.

use citecheck::fetch::Progress;
use citecheck::model::LinkStatus;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// An indicatif bar implementing the library's [`Progress`] callbacks.
pub struct Bar {
    bar: ProgressBar,
}

impl Bar {
    /// A hidden bar until [`Progress::start`] gives the total.
    pub fn new() -> Bar {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} checking sources {pos}/{len} [{wide_bar}] {per_sec} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        Bar { bar }
    }
}

impl Progress for Bar {
    fn start(&self, total: usize) {
        self.bar.set_length(total as u64);
        self.bar
            .enable_steady_tick(std::time::Duration::from_millis(120));
    }

    fn done(&self, _url: &str, status: LinkStatus) {
        if !matches!(status, LinkStatus::Ok | LinkStatus::Redirected) {
            self.bar
                .set_message(format!("(last problem: {})", status.as_str()));
        }
        self.bar.inc(1);
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
