package cn.cebase.notification;

import java.util.ArrayList;
import java.util.List;

import cn.cebase.declaration.DeclarationSubmitted;
import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.Role;
import cn.cebase.review.DeclarationReviewed;
import cn.cebase.review.ReviewActionKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Along the review route: the staff of the organisation that acts next hear that an application
 * waits for them; the applicant hears of every outcome, with the opinion.
 */
@Component
class ReviewNotifier {

	private final Notifications notifications;

	private final IdentityManagement identity;

	ReviewNotifier(Notifications notifications, IdentityManagement identity) {
		this.notifications = notifications;
		this.identity = identity;
	}

	@ApplicationModuleListener
	void on(DeclarationSubmitted event) {
		if (event.route().isEmpty()) {
			return;
		}
		var first = event.route().get(0);
		staffOf(first.actor().id()).forEach(user -> notifications.send(user, "notification.review.waiting",
				"/reviews/" + event.declarationId(), event.institutionName(), first.name()));
	}

	@ApplicationModuleListener
	void on(DeclarationReviewed event) {
		if (event.nextActorId() != null) {
			staffOf(event.nextActorId()).forEach(user -> notifications.send(user, "notification.review.waiting",
					"/reviews/" + event.declarationId(), event.institutionName(), event.stageName()));
		}
		if (event.action() != ReviewActionKind.PASSED && event.action() != ReviewActionKind.RETURNED_TO_STAGE) {
			// a refusal's opinion is its reason and always follows a colon; a recommendation's or an
			// acceptance's opinion is optional and gets its own label, so as not to read as our words
			boolean labelled = event.opinion() != null
					&& (event.action() == ReviewActionKind.RECOMMENDED || event.action() == ReviewActionKind.ACCEPTED);
			String key = "notification.review." + event.action().name() + (labelled ? ".withOpinion" : "");
			identity.usersOf(event.applicantOrganizationId(), Role.INSTITUTION)
				.forEach(user -> notifications.send(user, key, "/declarations/" + event.declarationId(), event.stageName(),
						event.opinion() == null ? "" : event.opinion()));
		}
	}

	/** Whoever may act for the organisation on the route: its authority and recommender staff. */
	private List<Long> staffOf(long organizationId) {
		List<Long> staff = new ArrayList<>(identity.usersOf(organizationId, Role.RECOMMENDER));
		identity.usersOf(organizationId, Role.AUTHORITY).stream().filter(u -> !staff.contains(u)).forEach(staff::add);
		return staff;
	}
}
