package cn.gov.baoji.credit.imports;

import java.io.IOException;

/** Reads an import one row at a time, never the whole body at once. */
interface TargetReader {

    /** The next row, or null after the last. @throws MalformedImportException when the body cannot be read on */
    TargetRow next() throws IOException;
}
