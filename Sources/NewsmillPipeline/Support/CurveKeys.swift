#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ZeroMQ

/// CURVE settings of a role that binds (producer, collector): its own secret key and the public
/// keys of the workers it lets in (checked by a ZAP handler).
public struct CurveServerSecurity: Sendable {
    /// This role's long-term secret key, 40 Z85 characters.
    public var secretKey: String
    /// Z85 public keys of the workers allowed to connect.
    public var allowedClientKeys: Set<String>

    /// Creates the settings.
    public init(secretKey: String, allowedClientKeys: Set<String>) {
        self.secretKey = secretKey
        self.allowedClientKeys = allowedClientKeys
    }
}

/// CURVE settings of a worker: its own secret key and the public keys of the producer and the
/// collector it expects (a server with another key cannot complete the handshake).
public struct WorkerCurveSecurity: Sendable {
    /// This worker's long-term secret key, 40 Z85 characters.
    public var secretKey: String
    /// The producer's public key.
    public var producerKey: String
    /// The collector's public key.
    public var collectorKey: String

    /// Creates the settings.
    public init(secretKey: String, producerKey: String, collectorKey: String) {
        self.secretKey = secretKey
        self.producerKey = producerKey
        self.collectorKey = collectorKey
    }
}

/// Why a key file could not be used.
public struct CurveKeyError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, with the file concerned.
    public let description: String

    init(_ description: String) { self.description = description }
}

/// Reads and writes key files: one Z85 key (40 characters) on a line; empty lines and lines starting
/// with `#` are comments. `NAME.key` holds a secret key (mode 0600), `NAME.pub` the public key.
public enum CurveKeyFile {
    /// The environment variable naming this role's secret key file (or holding the Z85 key itself).
    public static let secretKeyEnvironmentVariable = "NEWSMILL_CURVE_SECRET_KEY"

    /// The key in `path`.
    ///
    /// - Throws: `CurveKeyError` when the file cannot be read or holds no valid key.
    public static func readKey(at path: String) throws -> String {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CurveKeyError("cannot read the key file \(path): \(error.localizedDescription)")
        }
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard lines.count == 1, let key = lines.first else {
            throw CurveKeyError("\(path) must hold exactly one key line (found \(lines.count))")
        }
        guard ZMQCurve.isZ85Key(key) else {
            throw CurveKeyError("\(path) does not hold a CURVE key (40 Z85 characters)")
        }
        return key
    }

    /// The secret key given by `path`, else by `$NEWSMILL_CURVE_SECRET_KEY` (a file path or the key
    /// itself); `nil` when neither is set.
    ///
    /// - Throws: `CurveKeyError` when the key is unreadable or not a key.
    public static func secretKey(path: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        if let path { return try readKey(at: path) }
        guard let value = environment[secretKeyEnvironmentVariable], !value.isEmpty else { return nil }
        if ZMQCurve.isZ85Key(value), !FileManager.default.fileExists(atPath: value) { return value }
        return try readKey(at: value)
    }

    /// The allow-list in `path`: every `*.pub` file of a directory, or every key line of a file.
    ///
    /// - Throws: `CurveKeyError` when a file is unreadable, a line is not a key, or no key is found.
    public static func allowList(at path: String) throws -> Set<String> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CurveKeyError("the allow-list \(path) does not exist")
        }
        var keys: Set<String> = []
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names.sorted() where name.hasSuffix(".pub") {
                keys.insert(try readKey(at: (path as NSString).appendingPathComponent(name)))
            }
        } else {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw CurveKeyError("cannot read the allow-list \(path): \(error.localizedDescription)")
            }
            for (number, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") { continue }
                guard ZMQCurve.isZ85Key(line) else {
                    throw CurveKeyError("\(path) line \(number + 1) is not a CURVE public key (40 Z85 characters)")
                }
                keys.insert(line)
            }
        }
        guard !keys.isEmpty else { throw CurveKeyError("the allow-list \(path) holds no public key (*.pub files or key lines)") }
        return keys
    }

    /// Generates a key pair and writes `<prefix>.key` (the secret key, mode 0600) and `<prefix>.pub`.
    /// Existing files are not overwritten.
    ///
    /// - Returns: the public key and the two paths.
    /// - Throws: `CurveKeyError` when a file exists or cannot be written, `ZMQError` without CURVE.
    public static func generate(prefix: String) throws -> (publicKey: String, secretPath: String, publicPath: String) {
        let (publicKey, secretKey) = try ZMQCurve.generateKeyPair()
        let secretPath = prefix + ".key"
        let publicPath = prefix + ".pub"
        for path in [secretPath, publicPath] where FileManager.default.fileExists(atPath: path) {
            throw CurveKeyError("\(path) already exists; remove it first to replace the key pair")
        }
        let name = (prefix as NSString).lastPathComponent
        try write("# newsmill CURVE secret key \(name): keep private\n\(secretKey)\n", to: secretPath, mode: 0o600)
        try write("# newsmill CURVE public key \(name)\n\(publicKey)\n", to: publicPath, mode: 0o644)
        return (publicKey, secretPath, publicPath)
    }

    /// Creates `path` with `mode` from the start (no moment when a secret is readable by others).
    private static func write(_ text: String, to path: String, mode: mode_t) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else {
            throw CurveKeyError("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw CurveKeyError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}

extension CurveKeyFile {
    /// The CURVE settings of a producer or collector from its options: on when `allowKeys` is given
    /// (the secret key then comes from `secretKeyPath` or `$NEWSMILL_CURVE_SECRET_KEY`), off otherwise.
    /// The environment variable alone does not turn CURVE on, so it may be set for every role of a host.
    ///
    /// - Throws: `CurveKeyError` for a missing or unreadable key, or a secret key without an allow-list.
    public static func serverSecurity(
        secretKeyPath: String?, allowKeys: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> CurveServerSecurity? {
        guard let allowKeys else {
            if secretKeyPath != nil {
                throw CurveKeyError("--curve-secret-key needs --allow-keys (the workers' public keys)")
            }
            return nil
        }
        guard let secretKey = try secretKey(path: secretKeyPath, environment: environment) else {
            throw CurveKeyError("--allow-keys needs this role's secret key (--curve-secret-key or $\(secretKeyEnvironmentVariable))")
        }
        return CurveServerSecurity(secretKey: secretKey, allowedClientKeys: try allowList(at: allowKeys))
    }

    /// The CURVE settings of a worker from its options: on when the producer's and the collector's
    /// public key files are given (the secret key from `secretKeyPath` or `$NEWSMILL_CURVE_SECRET_KEY`).
    ///
    /// - Throws: `CurveKeyError` for a missing or unreadable key, or an incomplete set of keys.
    public static func workerSecurity(
        secretKeyPath: String?, producerKey: String?, collectorKey: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> WorkerCurveSecurity? {
        switch (producerKey, collectorKey) {
        case (nil, nil):
            if secretKeyPath != nil {
                throw CurveKeyError("--curve-secret-key needs --producer-key and --collector-key (the servers' public keys)")
            }
            return nil
        case let (producer?, collector?):
            guard let secretKey = try secretKey(path: secretKeyPath, environment: environment) else {
                throw CurveKeyError("CURVE needs this worker's secret key (--curve-secret-key or $\(secretKeyEnvironmentVariable))")
            }
            return WorkerCurveSecurity(secretKey: secretKey, producerKey: try readKey(at: producer), collectorKey: try readKey(at: collector))
        default:
            throw CurveKeyError("--producer-key and --collector-key go together: every TCP link is encrypted or none")
        }
    }
}
