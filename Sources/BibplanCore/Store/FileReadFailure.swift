#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file bibplan reads (a library, access.json, a backup, a file to import)
/// was not read. Only regular files are read, and only up to `sizeLimit`: a FIFO,
/// a device such as /dev/zero or a symbolic link would otherwise hang the program
/// or fill its memory.
public enum FileReadFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case missing
    case symbolicLink
    case notRegular(FileKind)
    case tooLarge(limit: Int)
    case failed(String)

    /// 64 MiB: a generous multiple of the largest library the program handles.
    public static let sizeLimit = 64 << 20

    init(openError: Int32) {
        switch openError {
        case ENOENT: self = .missing
        case ELOOP: self = .symbolicLink
        default: self = .failed(String(cString: strerror(openError)))
        }
    }

    public var description: String {
        switch self {
        case .missing: return "no such file"
        case .symbolicLink: return "it is a symbolic link, which bibplan does not follow"
        case .notRegular(let kind): return "it is \(kind.description), not a regular file; bibplan reads only regular files"
        case .tooLarge(let limit): return "larger than \(limit >> 20) MiB, which bibplan does not read"
        case .failed(let reason): return reason
        }
    }
}

/// The kind of a file system entry, for messages.
public enum FileKind: Sendable, Equatable, CustomStringConvertible {
    case directory, fifo, characterDevice, blockDevice, socket, symbolicLink, regular, other

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        case S_IFREG: self = .regular
        default: self = .other
        }
    }

    public var description: String {
        switch self {
        case .directory: return "a folder"
        case .fifo: return "a named pipe (FIFO)"
        case .characterDevice: return "a character device"
        case .blockDevice: return "a block device"
        case .socket: return "a socket"
        case .symbolicLink: return "a symbolic link"
        case .regular: return "a regular file"
        case .other: return "a special file"
        }
    }
}
