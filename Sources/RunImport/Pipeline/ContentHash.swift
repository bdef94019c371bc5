internal import Crypto
internal import Foundation

/// The content fingerprint of an imported file: its SHA-256 hex digest, by swift-crypto (BoringSSL on Linux, CryptoKit on Apple systems).
///
/// Used only to recognise files already imported, never for security.
public enum ContentHash {
    /// The 64-character lowercase hex digest of `bytes`.
    public static func sha256Hex(_ bytes: UnsafeRawBufferPointer) -> String {
        hexDigits(Crypto.SHA256.hash(data: bytes))
    }

    /// The 64-character lowercase hex digest of `bytes`.
    public static func sha256Hex(_ bytes: [UInt8]) -> String { hexDigits(Crypto.SHA256.hash(data: bytes)) }

    private static func hexDigits(_ digest: Crypto.SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xf)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
