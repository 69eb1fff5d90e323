import CZeroMQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CURVE key helpers (zmq_curve(7)). Keys are 32-byte Curve25519 keys written as 40 Z85 characters,
/// the form the `ZMQSocket.curve...Key` properties take.
public enum ZMQCurve {
    /// Whether this libzmq supports CURVE (`zmq_has("curve")`).
    public static var isAvailable: Bool { ZMQ.has("curve") }

    /// Generates a new long-term key pair (`zmq_curve_keypair`).
    ///
    /// - Throws: `ZMQError` with `ENOTSUP` when libzmq was built without CURVE.
    public static func generateKeyPair() throws -> (publicKey: String, secretKey: String) {
        var publicKey = [CChar](repeating: 0, count: 41)
        var secretKey = [CChar](repeating: 0, count: 41)
        guard zmq_curve_keypair(&publicKey, &secretKey) == 0 else { throw ZMQError.last("zmq_curve_keypair") }
        return (decodeCString(publicKey), decodeCString(secretKey))
    }

    /// Derives the public key of a Z85 `secretKey` (`zmq_curve_public`).
    ///
    /// - Throws: `ZMQError` with `EINVAL` when `secretKey` is not 40 Z85 characters, `ENOTSUP`
    ///   without CURVE.
    public static func publicKey(fromSecret secretKey: String) throws -> String {
        guard isZ85Key(secretKey) else {
            throw ZMQError(code: EINVAL, operation: "zmq_curve_public (a key is 40 Z85 characters)")
        }
        var publicKey = [CChar](repeating: 0, count: 41)
        guard zmq_curve_public(&publicKey, secretKey) == 0 else { throw ZMQError.last("zmq_curve_public") }
        return decodeCString(publicKey)
    }

    /// Whether `key` is 40 characters of the Z85 alphabet (https://rfc.zeromq.org/spec/32/).
    public static func isZ85Key(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        return bytes.count == 40 && bytes.allSatisfy { z85Alphabet.contains($0) }
    }

    private static let z85Alphabet = Set(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#".utf8
    )

    private static func decodeCString(_ characters: [CChar]) -> String {
        let bytes = characters.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
