/// `count` distinct random words of `letters`, each of a length in `lengths`, for tests that check a word
/// set against `Set<String>`.
func randomWords(count: Int, letters: String, lengths: ClosedRange<Int>) -> Set<String> {
    var generator = SystemRandomNumberGenerator()
    let letters = Array(letters)
    var words = Set<String>()
    while words.count < count {
        words.insert(String((0..<Int.random(in: lengths, using: &generator)).map { _ in letters.randomElement(using: &generator)! }))
    }
    return words
}
