package org.sched4j.localsearch.podpacking;

import static org.sched4j.localsearch.podpacking.PodPackingConstraints.hard;
import static org.sched4j.localsearch.podpacking.PodPackingConstraints.preference;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.List;
import org.sched4j.podpacking.PodPackingObjective;

/**
 * The rules between pods as Timefold constraints, with the evaluator's semantics ({@code InterPodRules} of the
 * solver API, after {@code pkg/scheduler/framework/plugins/interpodaffinity/filtering.go} and
 * {@code plugins/podtopologyspread/filtering.go}):
 * <ul>
 *   <li>required anti-affinity: 1 per pair of a pod's term and a pod it selects in the same domain, when either of
 *       the two is placed anew;</li>
 *   <li>required affinity: 1 per term of a pod placed anew without a selected pod in its domain (unless the term
 *       selects its owner and no other selected pod is placed anywhere), or whose node lacks the term's label;</li>
 *   <li>{@code DoNotSchedule} spread: the excess skew of each constraint of a pod placed anew, 1 when its node lacks
 *       the label;</li>
 *   <li>soft: the weight of each preferred affinity term without a selected pod in its domain, the weight of each
 *       preferred anti-affinity term per selected pod in its domain, {@value PodPackingObjective#SOFT_UNIT} per unit
 *       of excess {@code ScheduleAnyway} skew (or per constraint whose label the node lacks), for every placed
 *       pod.</li>
 * </ul>
 * The pods a term selects are found by an indexed join on {@link DomainMember} keys (selection, domain), so a move
 * costs the work of the terms and domains of the pods it moves, not of the whole cluster; a spread group's counts are
 * grouped per group ({@link SpreadCounts}).
 */
final class InterPodConstraints {

    private InterPodConstraints() {
    }

    /**
     * The inter-pod constraints. The streams they share are built once, so that Timefold shares their nodes: a moved
     * pod updates one join of the terms with their owners, not one per constraint.
     */
    static List<Constraint> define(ConstraintFactory factory) {
        UniConstraintStream<DomainMember> members = members(factory);
        UniConstraintStream<DomainMember> affinityMembers = members(members, DomainMembership.use(
                PodTerm.Kind.REQUIRED_AFFINITY));
        BiConstraintStream<PodTerm, PodAssignment> owners = factory.forEach(PodTerm.class)
                .join(PodAssignment.class, Joiners.equal(PodTerm::owner, PodAssignment::getIndex));
        BiConstraintStream<PodTerm, PodAssignment> requiredAffinity = owners
                .filter((term, owner) -> term.kind() == PodTerm.Kind.REQUIRED_AFFINITY && owner.isPlacedAnew());
        BiConstraintStream<SpreadRequirement, PodAssignment> spreadOwners = factory.forEach(SpreadRequirement.class)
                .join(PodAssignment.class, Joiners.equal(SpreadRequirement::owner, PodAssignment::getIndex));
        BiConstraintStream<SpreadRequirement, PodAssignment> hardSpreadOwners = spreadOwners
                .filter((requirement, owner) -> requirement.hard() && owner.isPlacedAnew());
        BiConstraintStream<SpreadRequirement, PodAssignment> softSpreadOwners = spreadOwners
                .filter((requirement, owner) -> !requirement.hard());
        UniConstraintStream<SpreadCounts> spreadCounts = spreadCounts(factory);
        return List.of(
                requiredAntiAffinity(owners, members(members, DomainMembership.use(
                        PodTerm.Kind.REQUIRED_ANTI_AFFINITY))),
                requiredAffinity(requiredAffinity, affinityMembers),
                requiredAffinityWithoutLabel(requiredAffinity),
                firstOfItsGroup(requiredAffinity, affinityMembers,
                        members(members, DomainMembership.CLUSTER_USE)),
                hardSpread(hardSpreadOwners, spreadCounts),
                spreadWithoutLabel(hardSpreadOwners, true),
                preferredAffinity(owners, members(members, DomainMembership.use(PodTerm.Kind.PREFERRED_AFFINITY))),
                preferredAntiAffinity(owners, members(members, DomainMembership.use(
                        PodTerm.Kind.PREFERRED_ANTI_AFFINITY))),
                softSpread(softSpreadOwners, spreadCounts),
                spreadWithoutLabel(softSpreadOwners, false));
    }

    /** Every placed pod in each selection it belongs to, keyed by selection and its domain. */
    private static UniConstraintStream<DomainMember> members(ConstraintFactory factory) {
        return factory.forEach(PodAssignment.class)
                .join(DomainMembership.class, Joiners.equal(PodAssignment::getIndex, DomainMembership::podIndex))
                .filter((pod, membership) -> pod.domainId(membership.keyIndex()) >= 0)
                .map((pod, membership) -> new DomainMember(pod,
                        DomainMember.key(membership.selection(), pod.domainId(membership.keyIndex())),
                        membership.uses()));
    }

    /** The members that the constraints of {@code use} count (each constraint indexes only its own). */
    private static UniConstraintStream<DomainMember> members(UniConstraintStream<DomainMember> members, int use) {
        return members.filter(member -> member.usedBy(use));
    }

    private static Constraint requiredAntiAffinity(BiConstraintStream<PodTerm, PodAssignment> owners,
                                                   UniConstraintStream<DomainMember> members) {
        return owners.filter((term, owner) -> term.kind() == PodTerm.Kind.REQUIRED_ANTI_AFFINITY)
                .join(members, Joiners.equal(PodTerm::memberKey, DomainMember::key),
                        Joiners.filtering((term, owner, member) -> member.pod() != owner
                                && (owner.isPlacedAnew() || member.pod().isPlacedAnew())))
                .penalize(hard())
                .asConstraint("required pod anti-affinity");
    }

    /** A term that does not select its owner, with no selected pod in the owner's domain (none without the label). */
    private static Constraint requiredAffinity(BiConstraintStream<PodTerm, PodAssignment> placedAnew,
                                               UniConstraintStream<DomainMember> members) {
        return placedAnew.filter((term, owner) -> !term.selfMatching())
                .ifNotExists(members, Joiners.equal(PodTerm::memberKey, DomainMember::key),
                        Joiners.filtering((term, owner, member) -> member.pod() != owner))
                .penalize(hard())
                .asConstraint("required pod affinity");
    }

    private static Constraint requiredAffinityWithoutLabel(BiConstraintStream<PodTerm, PodAssignment> placedAnew) {
        return placedAnew.filter((term, owner) -> term.selfMatching() && owner.domainId(term.keyIndex()) < 0)
                .penalize(hard())
                .asConstraint("required pod affinity on a node without the label");
    }

    /**
     * A self-matching term with no selected pod in its domain: met only by the first pod of its group, when no other
     * selected pod is placed anywhere.
     */
    private static Constraint firstOfItsGroup(BiConstraintStream<PodTerm, PodAssignment> placedAnew,
                                              UniConstraintStream<DomainMember> members,
                                              UniConstraintStream<DomainMember> clusterMembers) {
        return placedAnew.filter((term, owner) -> term.selfMatching() && owner.domainId(term.keyIndex()) >= 0)
                .ifNotExists(members, Joiners.equal(PodTerm::memberKey, DomainMember::key),
                        Joiners.filtering((term, owner, member) -> member.pod() != owner))
                .ifExists(clusterMembers, Joiners.equal((term, owner) -> term.clusterKey(), DomainMember::key),
                        Joiners.filtering((term, owner, member) -> member.pod() != owner))
                .penalize(hard())
                .asConstraint("required pod affinity of a pod that is not the first of its group");
    }

    private static Constraint preferredAffinity(BiConstraintStream<PodTerm, PodAssignment> owners,
                                                UniConstraintStream<DomainMember> members) {
        return owners.filter((term, owner) -> term.kind() == PodTerm.Kind.PREFERRED_AFFINITY)
                .ifNotExists(members, Joiners.equal(PodTerm::memberKey, DomainMember::key),
                        Joiners.filtering((term, owner, member) -> member.pod() != owner))
                .penalize(preference(), (term, owner) -> term.weight())
                .asConstraint("preferred pod affinity");
    }

    private static Constraint preferredAntiAffinity(BiConstraintStream<PodTerm, PodAssignment> owners,
                                                    UniConstraintStream<DomainMember> members) {
        return owners.filter((term, owner) -> term.kind() == PodTerm.Kind.PREFERRED_ANTI_AFFINITY)
                .join(members, Joiners.equal(PodTerm::memberKey, DomainMember::key),
                        Joiners.filtering((term, owner, member) -> member.pod() != owner))
                .penalize(preference(), (term, owner, member) -> term.weight())
                .asConstraint("preferred pod anti-affinity");
    }

    /** Each spread group's counts, from the placed pods it counts. */
    private static UniConstraintStream<SpreadCounts> spreadCounts(ConstraintFactory factory) {
        return factory.forEach(PodAssignment.class)
                .join(SpreadMembership.class, Joiners.equal(PodAssignment::getIndex, SpreadMembership::podIndex))
                .filter((pod, membership) -> membership.group().countedDomain(pod.getNode()) >= 0)
                .groupBy((pod, membership) -> membership.group(), SpreadCounts.collector())
                .map((group, counts) -> counts);
    }

    private static Constraint hardSpread(BiConstraintStream<SpreadRequirement, PodAssignment> placedAnew,
                                         UniConstraintStream<SpreadCounts> spreadCounts) {
        return placedAnew.filter((requirement, owner) -> owner.domainId(requirement.group().keyIndex()) >= 0)
                .join(spreadCounts, Joiners.equal((requirement, owner) -> requirement.group(), SpreadCounts::group))
                .filter((requirement, owner, counts) -> counts.excess(requirement, owner.getNode()) > 0)
                .penalize(hard(), (requirement, owner, counts) -> counts.excess(requirement, owner.getNode()))
                .asConstraint("DoNotSchedule topology spread");
    }

    private static Constraint softSpread(BiConstraintStream<SpreadRequirement, PodAssignment> placed,
                                         UniConstraintStream<SpreadCounts> spreadCounts) {
        return placed.filter((requirement, owner) -> owner.domainId(requirement.group().keyIndex()) >= 0)
                .join(spreadCounts, Joiners.equal((requirement, owner) -> requirement.group(), SpreadCounts::group))
                .filter((requirement, owner, counts) -> counts.excess(requirement, owner.getNode()) > 0)
                .penalize(preference(), (requirement, owner, counts) ->
                        PodPackingObjective.SOFT_UNIT * counts.excess(requirement, owner.getNode()))
                .asConstraint("ScheduleAnyway topology spread");
    }

    /** A spread constraint of a pod on a node without its topology label. */
    private static Constraint spreadWithoutLabel(BiConstraintStream<SpreadRequirement, PodAssignment> owners,
                                                 boolean hard) {
        return owners.filter((requirement, owner) -> owner.domainId(requirement.group().keyIndex()) < 0)
                .penalize(hard ? hard() : preference(),
                        (requirement, owner) -> hard ? 1 : PodPackingObjective.SOFT_UNIT)
                .asConstraint((hard ? "DoNotSchedule" : "ScheduleAnyway")
                        + " topology spread on a node without the label");
    }
}
