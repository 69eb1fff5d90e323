import Foundation

extension Bundle {
    /// SwiftPM generates `Bundle.module` for targets with resources; a plain `swiftc` build does
    /// not, so the fuzz build points it at the main bundle (the gazetteer is then simply absent).
    static let module: Bundle = Bundle.main
}
