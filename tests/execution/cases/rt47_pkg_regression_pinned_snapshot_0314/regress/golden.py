GOLDEN = {
    "Capital of Italy is Rome": "rome",
    "Water boils at 100 degrees": "100",
}
