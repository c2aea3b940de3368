package org.gridgov.notifications.routing;

import java.util.List;
import java.util.Optional;

/** Who staffs which unit, as the registry says. */
public interface Staffing {

    /** The account holding {@code role} in the unit, if any. */
    Optional<String> staffOf(String unitCode, String role);

    /** The codes of the unit's ancestors, parent first. */
    List<String> ancestorsOf(String unitCode);
}
