import Foundation

/// Writes a deterministic synthetic news corpus for benchmarks: plain-text articles, HTML pages with
/// navigation, scripts and footers around the article, RSS feeds whose items carry HTML content, and
/// a share of the text articles packed into `.tar.gz` files (with the system `tar`).
///
/// Article bodies are drawn from a fixed vocabulary with a SplitMix64 generator, so the same
/// `articles` and `seed` always give byte-identical files.
struct SyntheticCorpus {
    /// Total articles to write (text + HTML + feed items).
    var articles: Int
    /// Seed for the generator.
    var seed: UInt64 = 2006
    /// Feed items per RSS file.
    var itemsPerFeed = 40

    /// What was written.
    struct Manifest {
        var files = 0
        var bytes: Int64 = 0
        var textArticles = 0
        var htmlPages = 0
        var feedItems = 0
        var archivedArticles = 0
    }

    private struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    private static let words = """
    the of and to in a is that for it as was with be by on not he this are or his from at which but have an they \
    you were her she there been one all we their has would when if so no what up more out into than them can only \
    other new some could time these two may first then do any like my now over such our man me even most made after \
    also did many before must through back years where much your way well down should because each just those people \
    how too little state good very make world still own see men work long get here between both life being under \
    never day same another know while last might us great old year off come since against go came right used take \
    three council minister police government city river market school hospital election vote budget court report \
    officials said residents workers union ministry army militia bridge harbour ferry village province capital border \
    statement spokesman agency talks agreement protest strike crisis water power fuel prices rose fell percent million
    """.split(separator: " ").map(String.init).filter { !$0.isEmpty }

    private static let firstNames = ["Anna", "Jonas", "Maria", "Daniel", "Priya", "Lukas", "Helen", "Tomas", "Sara", "Erik", "Grace", "Omar", "Lena", "Per", "Karin", "Mira"]
    private static let lastNames = ["Berglund", "Eklund", "Lindqvist", "Okafor", "Raman", "Weber", "Achterberg", "Berg", "Nilsen", "Haugland", "Mendel", "Haddad", "Holm", "Lund", "Sjoberg", "Falk"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private func sentence(_ random: inout Generator) -> String {
        let count = 8 + random.below(18)
        var words = (0..<count).map { _ in random.pick(Self.words) }
        words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
        return words.joined(separator: " ") + "."
    }

    private func paragraph(_ random: inout Generator) -> String {
        (0..<(3 + random.below(4))).map { _ in sentence(&random) }.joined(separator: " ")
    }

    private func title(_ random: inout Generator, index: Int) -> String {
        let words = (0..<(5 + random.below(5))).map { _ in random.pick(Self.words).capitalized }
        return words.joined(separator: " ") + " \(index)"
    }

    private func author(_ random: inout Generator) -> String { random.pick(Self.firstNames) + " " + random.pick(Self.lastNames) }

    /// Writes the corpus under `directory` (created; must not hold an older corpus you care about).
    func write(to directory: String) throws -> Manifest {
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var random = Generator(state: seed)
        var manifest = Manifest()
        let textCount = articles * 2 / 5
        let feedItems = articles / 5
        let htmlCount = articles - textCount - feedItems
        let archived = textCount / 10

        func save(_ text: String, _ relative: String) throws {
            let path = directory + "/" + relative
            try fileManager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let data = Data(text.utf8)
            try data.write(to: URL(fileURLWithPath: path))
            manifest.files += 1
            manifest.bytes += Int64(data.count)
        }

        for index in 0..<textCount {
            var lines = [title(&random, index: index), "", "By \(author(&random))", ""]
            for _ in 0..<(5 + random.below(6)) { lines.append(paragraph(&random)); lines.append("") }
            lines.append("Related Articles")
            let folder = index < archived ? "to-archive" : "text/\(index / 1000)"
            try save(lines.joined(separator: "\n"), "\(folder)/article-\(index).txt")
            manifest.textArticles += 1
        }
        for index in 0..<htmlCount {
            let heading = title(&random, index: textCount + index)
            let year = 2000 + random.below(24)
            let month = 1 + random.below(12)
            let day = 1 + random.below(28)
            var html = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(heading) | Synthetic Herald</title>
            <meta property="og:title" content="\(heading)"><meta property="og:site_name" content="Synthetic Herald">
            <meta name="author" content="\(author(&random))">
            <meta property="article:published_time" content="\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T08:00:00Z">
            <style>body{font-family:serif}.nav{display:flex}</style></head><body>
            <nav class="nav"><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a><a href="/sport">Sport</a></nav>
            <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
            <article><h1>\(heading)</h1>
            """
            for _ in 0..<(5 + random.below(6)) { html += "<p>\(paragraph(&random))</p>\n" }
            html += """
            </article><aside class="related"><h2>Related</h2><ul><li><a href="/a">\(title(&random, index: index))</a></li><li><a href="/b">\(title(&random, index: index + 1))</a></li></ul></aside>
            <footer><p>Copyright Synthetic Herald. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
            <script>window.analytics = { page: "\(index)", events: [1, 2, 3] };</script></body></html>
            """
            try save(html, "html/\(index / 1000)/page-\(index).html")
            manifest.htmlPages += 1
        }
        var itemIndex = 0
        var feedIndex = 0
        while itemIndex < feedItems {
            var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Synthetic Wire \(feedIndex)</title><link>https://wire.example/\(feedIndex)</link><language>en</language>

            """
            for _ in 0..<min(itemsPerFeed, feedItems - itemIndex) {
                let heading = title(&random, index: 1_000_000 + itemIndex)
                var body = ""
                for _ in 0..<(4 + random.below(5)) { body += "<p>\(paragraph(&random))</p>" }
                xml += """
                <item><title>\(heading)</title><link>https://wire.example/item/\(itemIndex)</link>
                <dc:creator>\(author(&random))</dc:creator><pubDate>Mon, \(1 + random.below(28)) \(random.pick(Self.months)) \(2000 + random.below(24)) 10:00:00 GMT</pubDate>
                <content:encoded><![CDATA[\(body)]]></content:encoded></item>

                """
                itemIndex += 1
            }
            xml += "</channel></rss>\n"
            try save(xml, "feeds/feed-\(feedIndex).xml")
            feedIndex += 1
        }
        manifest.feedItems = itemIndex

        if archived > 0 {
            let tar = Process()
            tar.executableURL = URL(fileURLWithPath: "/bin/tar")
            tar.arguments = ["-czf", directory + "/archived-text.tar.gz", "-C", directory, "to-archive"]
            try tar.run()
            tar.waitUntilExit()
            guard tar.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
            try fileManager.removeItem(atPath: directory + "/to-archive")
            manifest.archivedArticles = archived
        }
        return manifest
    }
}
