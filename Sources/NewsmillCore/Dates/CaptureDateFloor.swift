import Foundation

/// The capture date of a web archive record (WARC 1.1 section 5.4 `WARC-Date`, an ARC header's date)
/// as a floor for the dates found in the captured page.
///
/// A page cannot state a publication or modification date later than the moment it was fetched, so
/// such a date is wrong (a template's "today", a mis-parsed field) and is dropped: no date rather than a
/// wrong one. The capture date itself is never taken as the publication date.
///
/// Dates with a time are absolute (UTC) and must not be later than the end of the capture's last known
/// unit (the capture's second, or its minute for a 12-digit ARC date). A date without a time is written
/// in the publisher's local time zone, which may run up to 14 hours ahead of UTC (UTC+14), so its
/// first instant may be up to 14 hours after the capture.
public enum CaptureDateFloor {
    /// How far a date without a time may start after the capture: the largest UTC offset in use (+14:00).
    static let localDateSlack: TimeInterval = 14 * 3600

    /// The latest instant `captured` may stand for (the end of its last known unit), or nil when it
    /// is not a valid date.
    public static func latestInstant(of captured: PartialDate) -> Date? {
        guard let earliest = DateParser.earliestInstant(of: captured) else { return nil }
        let span: TimeInterval
        switch captured.precision {
        case .second: span = 0
        case .minute: span = 59
        case .day: span = 86_399
        case .month, .year: return nil
        }
        return earliest.addingTimeInterval(span)
    }

    /// Whether `date` can be true of a page captured at `capturedAt` (see the type's rules).
    public static func admits(_ date: PartialDate, capturedAt: Date) -> Bool {
        guard let earliest = DateParser.earliestInstant(of: date) else { return false }
        let hasTime = date.precision >= .minute
        return earliest <= capturedAt.addingTimeInterval(hasTime ? 0 : localDateSlack)
    }

    /// `article` with `captured` set, and its `published` and `modified` dropped when they are later
    /// than the capture. A capture date too coarse to be a floor (year or month) is kept but not applied.
    public static func apply(_ captured: PartialDate, to article: Article) -> Article {
        var article = article
        article.captured = captured
        guard let floor = latestInstant(of: captured) else { return article }
        if let published = article.published, !admits(published, capturedAt: floor) { article.published = nil }
        if let modified = article.modified, !admits(modified, capturedAt: floor) { article.modified = nil }
        return article
    }
}
