//! Calendar dates for tool output (`Last modified Nov 27, 2026`), without a time
//! zone database: dates are shown in UTC.

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `(year, month 1-12, day)` of a day counted from 1970-01-01 (Howard Hinnant's
/// days-to-civil algorithm).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `Nov 27, 2026` for a time in seconds since the epoch.
pub fn medium_date(epoch_seconds: u64) -> String {
    let (y, m, d) = civil_from_days((epoch_seconds / 86_400) as i64);
    format!("{} {d}, {y}", MONTHS[(m - 1) as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(medium_date(0), "Jan 1, 1970");
        assert_eq!(medium_date(951_782_400), "Feb 29, 2000");
        assert_eq!(medium_date(1_795_737_600), "Nov 27, 2026");
    }
}
