package org.parallax.flags;

/** Where a flag stands: suggested (by the importer or a translator), or decided by an editor. */
public enum FlagStatus {
    PROPOSED, APPROVED, REJECTED
}
