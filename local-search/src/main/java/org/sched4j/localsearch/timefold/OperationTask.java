package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariablesInconsistent;

/**
 * One operation of a job, the value that {@link MachineSchedule}s order: a Timefold shadow entity.
 *
 * <p>Its problem properties (job, position, machine, duration, the job predecessor) never change. Timefold keeps its
 * shadow variables up to date after every move: the machine it is on, the operation before it there, and its start
 * time, the earliest the semi-active schedule allows: the later of the ends of its job predecessor and its machine
 * predecessor, or 0 when it has neither. The start is a declarative shadow variable; when the machine orders and the
 * job orders together form a cycle, no start time exists, Timefold marks every operation on or after the cycle
 * {@linkplain #isInconsistent() inconsistent} and {@link JobShopConstraints} penalises each on the hard level.
 *
 * <p>Mutable, as Timefold requires of its entities; only Timefold changes the shadow variables.
 */
@PlanningEntity
public class OperationTask {

    @PlanningId
    private int id;
    private int job;
    private int position;
    private int machine;
    private int duration;
    private boolean lastOfJob;
    private OperationTask jobPredecessor;

    @InverseRelationShadowVariable(sourceVariableName = MachineSchedule.OPERATIONS)
    private MachineSchedule machineSchedule;

    @PreviousElementShadowVariable(sourceVariableName = MachineSchedule.OPERATIONS)
    private OperationTask machinePredecessor;

    @ShadowVariable(supplierName = "earliestStart")
    private Integer start;

    @ShadowVariablesInconsistent
    private boolean inconsistent;

    /** For Timefold's solution cloner. */
    OperationTask() {
    }

    /**
     * An operation; link the job's operations with {@link #followJobPredecessor}.
     *
     * @param id       unique over the plan, at least 0
     * @param job      the job, from 0
     * @param position the operation's position in its job, from 0
     * @param machine  the machine, from 0
     * @param duration the processing time, at least 0
     */
    public OperationTask(int id, int job, int position, int machine, int duration) {
        if (id < 0 || job < 0 || position < 0 || machine < 0 || duration < 0) {
            throw new IllegalArgumentException("id, job, position, machine and duration must be at least 0, got "
                    + id + ", " + job + ", " + position + ", " + machine + ", " + duration);
        }
        this.id = id;
        this.job = job;
        this.position = position;
        this.machine = machine;
        this.duration = duration;
        this.lastOfJob = true;
    }

    /** Makes {@code predecessor} this operation's job predecessor, and this no longer the last of the job. */
    void followJobPredecessor(OperationTask predecessor) {
        this.jobPredecessor = predecessor;
        predecessor.lastOfJob = false;
    }

    /**
     * The start time Timefold assigns to {@link #getStart()}: the later of the job predecessor's and the machine
     * predecessor's ends, 0 without either, {@code null} while the operation is on no machine or a predecessor has
     * no start. Timefold calls it only when both predecessors' starts are consistent.
     */
    @ShadowSources({"machineSchedule", "machinePredecessor.start", "jobPredecessor.start"})
    public Integer earliestStart() {
        if (machineSchedule == null) {
            return null;
        }
        int ready = 0;
        if (machinePredecessor != null) {
            if (machinePredecessor.start == null) {
                return null;
            }
            ready = machinePredecessor.start + machinePredecessor.duration;
        }
        if (jobPredecessor != null) {
            if (jobPredecessor.start == null) {
                return null;
            }
            ready = Math.max(ready, jobPredecessor.start + jobPredecessor.duration);
        }
        return ready;
    }

    /** The id, unique over the plan. */
    public int getId() {
        return id;
    }

    /** The job, from 0. */
    public int getJob() {
        return job;
    }

    /** The operation's position in its job, from 0. */
    public int getPosition() {
        return position;
    }

    /** The machine it must run on, from 0. */
    public int getMachine() {
        return machine;
    }

    /** The processing time, at least 0. */
    public int getDuration() {
        return duration;
    }

    /** Returns true for the last operation of its job, whose end is the job's completion time. */
    public boolean isLastOfJob() {
        return lastOfJob;
    }

    /** The operation before it in its job, {@code null} for the first. */
    public OperationTask getJobPredecessor() {
        return jobPredecessor;
    }

    /** The machine's schedule it is in (a shadow variable), {@code null} while unassigned. */
    public MachineSchedule getMachineSchedule() {
        return machineSchedule;
    }

    /** Sets the machine's schedule; Timefold calls it. */
    public void setMachineSchedule(MachineSchedule machineSchedule) {
        this.machineSchedule = machineSchedule;
    }

    /** The operation before it on its machine (a shadow variable), {@code null} for the first. */
    public OperationTask getMachinePredecessor() {
        return machinePredecessor;
    }

    /** Sets the machine predecessor; Timefold calls it. */
    public void setMachinePredecessor(OperationTask machinePredecessor) {
        this.machinePredecessor = machinePredecessor;
    }

    /**
     * The start time (a shadow variable); {@code null} while unassigned or {@linkplain #isInconsistent()
     * inconsistent}.
     */
    public Integer getStart() {
        return start;
    }

    /** Sets the start time; Timefold calls it. */
    public void setStart(Integer start) {
        this.start = start;
    }

    /** The end time, start plus duration; {@code null} when the start is. */
    public Integer getEnd() {
        return start == null ? null : start + duration;
    }

    /**
     * Returns true when the start time is undefined because the operation lies on or after a cycle of machine and
     * job orders (a shadow variable).
     */
    public boolean isInconsistent() {
        return inconsistent;
    }

    /** Marks the start time (in)consistent; Timefold calls it. */
    public void setInconsistent(boolean inconsistent) {
        this.inconsistent = inconsistent;
    }

    @Override
    public String toString() {
        return "(" + job + "," + position + ")";
    }
}
