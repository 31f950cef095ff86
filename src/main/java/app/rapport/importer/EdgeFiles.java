package app.rapport.importer;

import java.nio.file.Path;

/** An edge list and its optional interest file, as the edge importer reads them. */
record EdgeFiles(RowSource edgeDir, String edgeFile, RowSource interestDir, String interestFile) {

    static EdgeFiles of(Path edges, Path interests) {
        Path e = edges.toAbsolutePath();
        Path i = interests == null ? null : interests.toAbsolutePath();
        return new EdgeFiles(RowSource.directory(e.getParent()), e.getFileName().toString(),
                i == null ? null : RowSource.directory(i.getParent()), i == null ? null : i.getFileName().toString());
    }
}
