package cn.gov.baoji.credit.registry;

/** No list entry with that id. */
public class EntryNotFoundException extends RuntimeException {

    public EntryNotFoundException(String message) {
        super(message);
    }
}
