// libxml2's one-time global set-up, done before several threads parse at once.

import CLibXML2

public enum XMLThreads {
    /// libxml2 asks multithreaded programs to initialise it once, on one thread, before parsing
    /// in parallel; later calls do nothing.
    public static func prepare() {
        xmlInitParser()
    }
}
