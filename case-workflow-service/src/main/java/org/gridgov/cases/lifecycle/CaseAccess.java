package org.gridgov.cases.lifecycle;

import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.security.Role;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and act on a case. A case belongs to the territory of the grid it lies in and of the
 * unit holding it (a grid worker still sees a case of their grid after it went up to the county);
 * a department handler sees only cases dispatched to their department. A case the caller may not
 * see answers 404, so nothing leaks; one they see but may not act on answers 403.
 */
public final class CaseAccess {

    private final Caller caller;

    private CaseAccess(Caller caller) {
        this.caller = caller;
    }

    public static CaseAccess of(Caller caller) {
        return new CaseAccess(caller);
    }

    public boolean maySee(CaseFile file) {
        return dispatchedToCaller(file) || caller.maySee(file.gridCode()) || caller.maySee(file.unitCode());
    }

    public CaseFile requireVisible(CaseFile file) {
        if (!maySee(file)) {
            throw new NotFoundException("case", file.id());
        }
        return file;
    }

    /** The caller governs the unit holding the case (or one above it): they may escalate, dispatch, resolve, place. */
    public CaseFile requireHolder(CaseFile file) {
        requireVisible(file);
        if (!caller.mayChange(file.unitCode())) {
            throw new AccessDeniedException("the case is held outside the caller's territory");
        }
        return file;
    }

    /** The caller governs where the problem lies or where the case is held: they may verify or supervise it. */
    public CaseFile requireOnSite(CaseFile file) {
        requireVisible(file);
        if (!caller.mayChange(file.gridCode()) && !caller.mayChange(file.unitCode())) {
            throw new AccessDeniedException("the case lies outside the caller's territory");
        }
        return file;
    }

    /** The case is with the caller's department. */
    public CaseFile requireDepartment(CaseFile file) {
        requireVisible(file);
        if (!dispatchedToCaller(file)) {
            throw new AccessDeniedException("the case is not with the caller's department");
        }
        return file;
    }

    /**
     * The caller may send a closed case back to its handler: a command centre (or administrator)
     * governing the unit holding it, or a handler of the department that handled it. Inspectors read only.
     *
     * @return as whom the caller reopens it
     */
    public ReopenCause requireMayReopen(CaseFile file) {
        requireVisible(file);
        if ((caller.has(Role.COMMAND_CENTRE) || caller.has(Role.ADMIN)) && caller.mayChange(file.unitCode())) {
            return ReopenCause.SUPERVISOR;
        }
        if (caller.has(Role.DEPARTMENT_HANDLER) && dispatchedToCaller(file)) {
            return ReopenCause.DEPARTMENT;
        }
        throw new AccessDeniedException("the case is neither held in the caller's territory nor with the caller's department");
    }

    private boolean dispatchedToCaller(CaseFile file) {
        return file.departmentCode() != null && caller.actsFor(file.departmentCode());
    }
}
