-- ShedLock's table was created with the call module (V20261122_0500), the first with a scheduled job; it is the
-- scheduling infrastructure's (SchedulingConfiguration), whichever module's job takes the lock.
-- owns: shedlock
comment on table shedlock is 'ShedLock: which node holds a scheduled job''s lock until when (shared scheduling)';
