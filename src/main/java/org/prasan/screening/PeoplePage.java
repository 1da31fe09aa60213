package org.prasan.screening;

import java.util.List;

/** One page of an operation's people, soonest hold end first. */
public record PeoplePage(int page, int size, long total, List<PersonView> people) {
}
