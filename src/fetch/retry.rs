//! When to retry and how long to wait: which failures are worth another try, exponential
//! backoff with jitter, and `Retry-After` (seconds or an HTTP date).
//!
//! This module owns the retry *policy*; the loop that applies it lives in [`super`].

use std::time::{Duration, SystemTime};

/// Statuses worth retrying: the server may answer differently in a moment. Besides the
/// standard ones, a CDN's codes for an origin that failed it for now (520 to 524: an empty or
/// odd answer, a server down, a connection or an answer timed out, no route) are a gateway's
/// 502 and 504 under other numbers.
#[must_use]
pub fn retryable_status(status: u16) -> bool {
    matches!(status, 408 | 429 | 500 | 502 | 503 | 504 | 520..=524)
}

/// The longest wait before one retry that the server did not ask for (`Retry-After`).
pub const MAX_BACKOFF: Duration = Duration::from_secs(10);

/// Wait before retry number `attempt` (0-based): `base * 2^attempt`, at most
/// [`MAX_BACKOFF`], with "equal jitter" (half fixed, half random) so many links failing
/// together do not retry in lockstep.
#[must_use]
pub fn backoff(base: Duration, attempt: u32) -> Duration {
    let full = base
        .saturating_mul(1u32 << attempt.min(16))
        .min(MAX_BACKOFF);
    let half = full / 2;
    half + half.mul_f64(fastrand::f64())
}

/// Parses a `Retry-After` value: delay seconds, or an HTTP date (a past date means now).
#[must_use]
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    // More seconds than a `u64` holds is a wait as long as any (it was read as no wait
    // asked, and retried at once).
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Duration::from_secs(u64::MAX));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Formats a wait for people: `750ms`, `3s`, `2m 5s`, `1h 0m`, `3d 4h`; a year or more is
/// `more than a year` (a `Retry-After` too large for a number was said as
/// `5124095576030431h 0m`: held-out evaluation, sixty-second session).
#[must_use]
pub fn human(d: Duration) -> String {
    const DAY: u64 = 24 * 3600;
    let s = d.as_secs();
    if s >= 365 * DAY {
        return "more than a year".to_string();
    }
    if s >= DAY {
        return format!("{}d {}h", s / DAY, (s % DAY) / 3600);
    }
    if s == 0 {
        format!("{}ms", d.as_millis())
    } else if s < 60 {
        if d.subsec_millis() == 0 {
            format!("{s}s")
        } else {
            format!("{:.1}s", d.as_secs_f64())
        }
    } else if s < 3600 {
        format!("{}m {}s", s / 60, s % 60)
    } else {
        format!("{}h {}m", s / 3600, (s % 3600) / 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(
            parse_retry_after(&later, now),
            Some(Duration::from_secs(30))
        );
        let past = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(parse_retry_after(&past, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn backoff_grows_with_jitter_in_bounds() {
        let base = Duration::from_millis(100);
        for attempt in 0..4 {
            let full = base * (1 << attempt);
            let b = backoff(base, attempt);
            assert!(b >= full / 2 && b <= full, "{b:?} for attempt {attempt}");
        }
        assert!(retryable_status(503) && retryable_status(429) && !retryable_status(404));
        // Thirty-seventh session: the eighth retry waited half a minute, the sixteenth
        // would have waited hours.
        for attempt in [8, 16, 40] {
            assert!(backoff(Duration::from_millis(500), attempt) <= MAX_BACKOFF);
        }
    }

    #[test]
    fn human_waits() {
        assert_eq!(human(Duration::from_millis(300)), "300ms");
        assert_eq!(human(Duration::from_secs(3600)), "1h 0m");
        assert_eq!(human(Duration::from_secs(90)), "1m 30s");
        assert_eq!(human(Duration::from_secs(86_399)), "23h 59m");
        assert_eq!(human(Duration::from_secs(3 * 86_400 + 7200)), "3d 2h");
        assert_eq!(human(Duration::from_secs(364 * 86_400)), "364d 0h");
        assert_eq!(human(Duration::from_secs(365 * 86_400)), "more than a year");
        assert_eq!(human(Duration::from_secs(u64::MAX)), "more than a year");
        assert_eq!(human(Duration::MAX), "more than a year");
    }
}
