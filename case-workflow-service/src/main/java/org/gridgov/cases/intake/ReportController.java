package org.gridgov.cases.intake;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Anonymous;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.FieldError;
import org.gridgov.runtime.web.ProblemDetailsAdvice;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Intake")
class ReportController {

    // What a resident can reach without an account; staff channels need a token.
    private static final Set<Channel> RESIDENT_CHANNELS = EnumSet.of(Channel.WEB_FORM, Channel.QR_CODE, Channel.WECHAT);

    private final IntakeService intake;
    private final Clock clock;

    ReportController(IntakeService intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @PostMapping("/api/cases")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE})
    @Operation(summary = "Report a problem (grid worker's app, hotline operator): filed, routed, and a tracking code returned")
    ResponseEntity<Intake> report(@Valid @RequestBody NewReport request, @AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.current();
        Intake taken = intake.report(request.toReport(caller.accountId(), clock.instant()), request.reporterContact(),
                Actor.of(caller), Optional.of(token.getTokenValue()));
        return created(taken);
    }

    @PostMapping("/api/public/cases")
    @Anonymous
    @Operation(summary = "Report a problem as a resident (web form, QR code, WeChat), without an account")
    ResponseEntity<?> reportAsResident(@Valid @RequestBody NewReport request) {
        if (!RESIDENT_CHANNELS.contains(request.channel())) {
            return ResponseEntity.badRequest().body(ProblemDetailsAdvice.invalid(List.of(
                    new FieldError("channel", "must be one of " + RESIDENT_CHANNELS + " without an account"))));
        }
        // A resident's report always gets a new id: an id chosen by an anonymous client could name someone else's.
        Intake taken = intake.report(request.toReport(null, clock.instant()).withNewId(), request.reporterContact(),
                Actor.RESIDENT, Optional.empty());
        return created(taken);
    }

    private static ResponseEntity<Intake> created(Intake taken) {
        if (taken.alreadyReported()) {
            return ResponseEntity.ok(taken);
        }
        return ResponseEntity.created(URI.create("/api/cases/" + taken.caseId())).body(taken);
    }
}
