// After an initial import the migrations' indexes populate in the background; the import waits for them,
// so the store it leaves is ready to serve. $seconds: how long at most.
CALL db.awaitIndexes($seconds)
