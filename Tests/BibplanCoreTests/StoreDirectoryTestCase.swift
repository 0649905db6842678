#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import BibplanCore

/// The base of the tests that work in a data folder of their own: a fresh `StoreFolder`
/// before each test, removed after it. The one set-up these tests share.
class FolderTestCase: XCTestCase {
    private(set) var folder: StoreFolder!

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = try StoreFolder()
    }

    override func tearDown() {
        folder = nil
        super.tearDown()
    }
}

/// The base of the tests of the store's parts that work on an open data directory
/// (`FileLock`, `SafeFileWriter`): a fresh folder and its descriptor for each test.
class StoreDirectoryTestCase: FolderTestCase {
    private(set) var directory: Int32 = -1

    override func setUpWithError() throws {
        try super.setUpWithError()
        directory = POSIX.openDirectory(folder.path)
        XCTAssertGreaterThanOrEqual(directory, 0)
    }

    override func tearDown() {
        close(directory)
        super.tearDown()
    }
}
