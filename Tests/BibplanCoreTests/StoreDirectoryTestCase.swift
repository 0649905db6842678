#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import BibplanCore

/// The base of the tests of the store's parts that work on an open data directory
/// (`FileLock`, `SafeFileWriter`): a fresh folder and its descriptor for each test.
class StoreDirectoryTestCase: XCTestCase {
    private(set) var folder: StoreFolder!
    private(set) var directory: Int32 = -1

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = try StoreFolder()
        directory = POSIX.openDirectory(folder.path)
        XCTAssertGreaterThanOrEqual(directory, 0)
    }

    override func tearDown() {
        close(directory)
        folder = nil
        super.tearDown()
    }
}
