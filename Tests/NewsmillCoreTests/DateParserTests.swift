import Foundation
import XCTest

@testable import NewsmillCore

final class DateParserTests: XCTestCase {
    func testParsesTableOfFormats() {
        let cases: [(String, String, DatePrecision)] = [
            // ISO 8601 / W3C-DTF
            ("2023-09-18T10:15:00Z", "2023-09-18T10:15:00Z", .second),
            ("2023-09-18T12:15+02:00", "2023-09-18T10:15Z", .minute),
            ("2023-09-18T10:15:00.123-05:00", "2023-09-18T15:15:00Z", .second),
            ("2023-09-18 10:15:00", "2023-09-18T10:15:00Z", .second),
            ("2023-09-18T01:00:00+0300", "2023-09-17T22:00:00Z", .second),
            ("20230918T101500Z", "2023-09-18T10:15:00Z", .second),
            ("2023-09-18", "2023-09-18", .day),
            ("2023-09", "2023-09", .month),
            ("2006", "2006", .year),
            // RFC 822 / 1123 and variants
            ("Wed, 05 May 2021 08:00:00 +0000", "2021-05-05T08:00:00Z", .second),
            ("Wed, 5 May 2021 08:00:00 GMT", "2021-05-05T08:00:00Z", .second),
            ("05 May 21 08:00 GMT", "2021-05-05T08:00Z", .minute),
            ("Thu, 06 May 2021 09:30:00 EST", "2021-05-06T14:30:00Z", .second),
            ("Thu, 06 May 2021 09:30:00 PDT", "2021-05-06T16:30:00Z", .second),
            ("Sun, 31 Dec 2000 23:30:00 -0100", "2001-01-01T00:30:00Z", .second),
            ("Fri, 05 May 2021 08:00:00 +0000", "2021-05-05T08:00:00Z", .second),  // wrong weekday ignored
            ("05 May 1999 08:00 Z", "1999-05-05T08:00Z", .minute),
            ("05 May 99 08:00 UT", "1999-05-05T08:00Z", .minute),
            ("05 May 2021 08:00 A", "2021-05-05T07:00Z", .minute),  // military zone A = +1
            ("Mon, 06 Sep 2021 10:00:00 +02:00", "2021-09-06T08:00:00Z", .second),
            // Written forms
            ("December 2006", "2006-12", .month),
            ("Dec. 2006", "2006-12", .month),
            ("November 23, 2006", "2006-11-23", .day),
            ("Nov. 23, 2006", "2006-11-23", .day),
            ("23 November 2006", "2006-11-23", .day),
            ("November 23rd, 2006", "2006-11-23", .day),
            ("Sept. 4, 2019", "2019-09-04", .day),
            ("Published on Monday, 4th September 2019", "2019-09-04", .day),
            ("November 23, 2006 3:45 PM EST", "2006-11-23T20:45Z", .minute),
            ("23. März 2021", "2021-03-23", .day),
            ("1er février 2020", "2020-02-01", .day),
            ("12 de octubre de 2020", "2020-10-12", .day),
            ("5 settembre 2018", "2018-09-05", .day),
            ("18.09.2023", "2023-09-18", .day),
            ("Updated: November 23, 2006", "2006-11-23", .day),
            ("PUBLISHED: 10:48, Tue, Nov 19, 2019", "2019-11-19T10:48Z", .minute),
            ("2023/09/18", "2023-09-18", .day),
        ]
        for (input, value, precision) in cases {
            let parsed = DateParser.parse(input)
            XCTAssertEqual(parsed?.value, value, "input: \(input)")
            XCTAssertEqual(parsed?.precision, precision, "input: \(input)")
        }
    }

    func testRejectsTextThatIsNotADate() {
        let rejected = [
            "32 Jan 2020", "yesterday", "2020-13-01", "30 February 2021", "2021-02-29", "", "May", "May 21",
            "Page 2 of 12", "10:15", "2023-09-18T25:00:00Z", "Wed, 05 Foo 2021 08:00:00 +0000", "123456",
            "version 2006 of the plan", "12/11/2020",
        ]
        for input in rejected {
            XCTAssertNil(DateParser.parse(input), "input: \(input)")
        }
    }

    func testNotAfterRejectsFutureDates() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14T22:13:20Z
        XCTAssertEqual(DateParser.parse("2023-11-15T10:00:00Z", notAfter: now)?.value, "2023-11-15T10:00:00Z")
        XCTAssertNil(DateParser.parse("2023-11-17", notAfter: now))
        XCTAssertNil(DateParser.parse("2031", notAfter: now))
        XCTAssertEqual(DateParser.parse("2023", notAfter: now)?.value, "2023")
    }

    func testLeapYearAndMonthLengths() {
        XCTAssertEqual(DateParser.parse("2024-02-29")?.value, "2024-02-29")
        XCTAssertNil(DateParser.parse("1900-02-29"))
        XCTAssertEqual(DateParser.parse("2000-02-29")?.value, "2000-02-29")
        XCTAssertNil(DateParser.parse("31 April 2020"))
    }

    /// Forms from feedparser's date tests (its `_parse_date_*` handlers), all to UTC.
    func testFeedparserDateForms() {
        let cases: [(String, String?)] = [
            ("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
            ("Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z"),
            ("Thu, 1 Jan 2004 19:48 EST", "2004-01-02T00:48Z"),
            ("Thu, 01-Jan-2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
            ("Sun Jan  4 16:29:06 PST 2004", "2004-01-05T00:29:06Z"),
            ("2003-12-31T10:14Z", "2003-12-31T10:14Z"),
            ("2004-07-08 23:56:58.0", "2004-07-08T23:56:58Z"),
            ("Tue, 10 Jun 2003 09:41:01.000 GMT", "2003-06-10T09:41:01Z"),
            ("Mon, 26 Jan 2004 16:31:00 +00:00", "2004-01-26T16:31:00Z"),
            ("2003-12-31T18:14:55+08:00", "2003-12-31T10:14:55Z"),
            ("2004-02-29T00:00:00-23:00", nil),
            ("Thu, 31 Feb 2004 19:48:21 GMT", nil),
            ("yesterday", nil),
            ("25:61 on a Tuesday", nil),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(DateParser.parse(text)?.value, expected, text)
        }
    }
}

/// The byte-level RFC 822 path reads exactly what the token reader reads, only faster.
final class DateParserFastPathTests: XCTestCase {
    func testTheRFC822FastPathAgreesWithTheTokenReader() {
        let accepted = [
            "Wed, 05 May 2021 08:00:00 GMT", "Wed, 05 May 2021 08:00:00 +0000", "Sun, 31 Dec 2006 23:59:59 -0500",
            "5 May 21 08:00 GMT", "05 May 2021 08:00", "Thu, 01 Jan 1970 00:00:00 UT", "Mon, 29 Feb 2016 12:30:00 EST",
            "Tue, 10 Jun 2003 04:00:00 PDT", "Fri, 14 Nov 2025 7:05:09 +0130", "wed, 05 may 2021 08:00:00 gmt",
            "Sat, 31 Mar 2007 23:30:00 +1400", "01 Jan 99 00:00:00 UTC", "02 Feb 2020 10:00:00 Z",
        ]
        for text in accepted {
            let fast = DateParser.parseRFC822(Array(text.utf8))
            XCTAssertNotNil(fast, text)
            XCTAssertEqual(fast, DateParser.parseTokens(text), text)
        }
        // Shapes the fast path leaves to the token reader (which may still read them).
        let declined = [
            "Wed, 5 Sept 2021 08:00:00 GMT", "5 May 2021", "May 5, 2021 08:00", "Wed 05 May 2021 08:00:00 GMT",
            "Wed, 05 May 2021 08:00:00 +00:00", "05 May 2021 08:00:00 GMT+1", "05 May 2021 08:00:00 Q",
            "Mittwoch, 05 Mai 2021 08:00", "05 Foo 2021 08:00:00 GMT", "Wed, 05 May 2021 08:00:00 +2400",
        ]
        for text in declined { XCTAssertNil(DateParser.parseRFC822(Array(text.utf8)), text) }
    }

    func testTrimmingKeepsAnAlreadyTrimmedStringAndTrimsOthers() {
        XCTAssertEqual("Wed, 05 May 2021".trimmingWhitespace(), "Wed, 05 May 2021")
        XCTAssertEqual(" \t05 May 2021\n".trimmingWhitespace(), "05 May 2021")
        XCTAssertEqual("\u{00A0}05 May 2021\u{00A0}".trimmingWhitespace(), "05 May 2021")
        XCTAssertEqual("   ".trimmingWhitespace(), "")
    }
}
