"""Races (engine/race.py): every run starts where the main run is, sees the same batches, and a run
with the main run's own values continues it bit for bit; the saved form round-trips in a project."""

from __future__ import annotations

import numpy as np
import pytest

from engine.datasets import DatasetSpec, load_dataset
from engine.network import initial_parameters
from engine.project import Project, load_project, save_project
from engine.race import Race, skip_doubles
from engine.race_record import RaceRecord
from engine.race_values import apply_values, check_value, parse_values, variations
from engine.spec import NetworkSpec
from engine.training import Trainer

DATA = DatasetSpec(name="circle", samples=120)


@pytest.fixture(scope="module")
def data():
    return load_dataset(DATA)


def make_trainer(data, **spec_changes) -> Trainer:
    spec = NetworkSpec.simple(2, (6, 4), 1, activation="tanh", loss="bce", lr=0.05, batch_size=7)
    if spec_changes:
        spec = spec.replace(**spec_changes)
    return Trainer(spec, data.X_train, data.y_train, data.X_test, data.y_test)


def same_params(a: Trainer, b: Trainer) -> bool:
    pa, pb = a.network.get_parameters(), b.network.get_parameters()
    return all(np.array_equal(pa[k], pb[k]) and pa[k].dtype == pb[k].dtype for k in pa)


def train_epochs(tr: Trainer, n: int) -> None:
    start = tr.epoch
    while tr.epoch - start < n:
        tr.step()


def test_every_run_starts_from_the_same_weights_and_epoch0_losses(data):
    base = make_trainer(data)
    base.run_steps(11)  # mid-epoch: the shuffle under way is shared too
    before = base.network.get_parameters()
    race = Race(base, data, [{"optimizer": o} for o in ("sgd", "momentum", "adam")], epochs=2)
    for run in race.runs:
        p = run.trainer.network.get_parameters()
        assert all(np.array_equal(p[k], before[k]) for k in before)
        assert run.trainer.cursor == base.cursor and np.array_equal(run.trainer.perm, base.perm)
    first = [run.record.curves for run in race.runs]
    for c in first[1:]:
        for f in ("step", "epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy"):
            assert c[f][0].tobytes() == first[0][f][0].tobytes()
    assert first[0]["step"][0] == 0 and first[0]["epoch"][0] == 0
    race.run_to_end()
    assert not same_params(race.runs[0].trainer, race.runs[2].trainer)
    # the main trainer is untouched
    assert all(np.array_equal(base.network.get_parameters()[k], before[k]) for k in before)


def test_a_run_with_the_main_runs_values_continues_it_bit_for_bit(data):
    base = make_trainer(data)
    base.set_spec(base.spec.with_optimizer(name="momentum"))
    base.run_steps(9)  # optimizer state to carry over
    main = Trainer(base.spec, data.X_train, data.y_train, data.X_test, data.y_test)
    main.load_state_dict(base.state_dict())
    race = Race(base, data, [{"optimizer": "adam"}, {"optimizer": "momentum"}], epochs=3)
    race.run_until(float("inf"))  # turns until every run is done
    train_epochs(main, 3)
    same = race.runs[1].trainer
    assert same.step_count == main.step_count
    assert same_params(same, main)
    assert not same_params(race.runs[0].trainer, main)
    assert race.runs[1].record.curves["train_loss"][-1] == main.evaluate().train_loss


def test_with_dropout_the_run_of_the_main_values_still_matches_and_batches_stay_in_order(data):
    base = make_trainer(data, dropout=0.25)
    base.run_steps(5)
    main = Trainer(base.spec, data.X_train, data.y_train, data.X_test, data.y_test)
    main.load_state_dict(base.state_dict())
    race = Race(base, data, [{"dropout": 0.0}, {"dropout": 0.25}, {"dropout": 0.5}], epochs=4)
    perms: list[list[np.ndarray]] = [[] for _ in race.runs]
    while not race.finished:
        race.advance(base.spec.batch_size)
        for i, run in enumerate(race.runs):
            if not perms[i] or not np.array_equal(perms[i][-1], run.trainer.perm):
                perms[i].append(run.trainer.perm.copy())
    assert len(perms[0]) == 4  # the epoch under way counts as the first, then three shuffles
    for other in perms[1:]:
        assert all(np.array_equal(a, b) for a, b in zip(perms[0], other, strict=True))
    train_epochs(main, 4)
    assert same_params(race.runs[1].trainer, main)


def test_without_dropout_in_the_main_run_dropout_runs_keep_its_batches(data):
    base = make_trainer(data)
    base.run_steps(3)
    main = Trainer(base.spec, data.X_train, data.y_train, data.X_test, data.y_test)
    main.load_state_dict(base.state_dict())
    race = Race(base, data, [{"dropout": 0.3}, {"dropout": 0.0}], epochs=3)
    perms: list[list[np.ndarray]] = [[], []]
    while not race.finished:
        race.advance()
        for i, run in enumerate(race.runs):
            if not perms[i] or not np.array_equal(perms[i][-1], run.trainer.perm):
                perms[i].append(run.trainer.perm.copy())
    assert len(perms[0]) == 3
    assert all(np.array_equal(a, b) for a, b in zip(*perms, strict=True))
    train_epochs(main, 3)
    assert same_params(race.runs[1].trainer, main)
    assert not same_params(race.runs[0].trainer, main)


def test_skipping_doubles_equals_drawing_them():
    a = np.random.Generator(np.random.PCG64(5))
    b = np.random.Generator(np.random.PCG64(5))
    a.permutation(11)  # leaves half of a 32-bit word behind
    b.permutation(11)
    a.random(size=(37, 3))
    skip_doubles(b, 111)
    assert a.bit_generator.state == b.bit_generator.state
    assert np.array_equal(a.permutation(50), b.permutation(50))


def test_batch_sizes_advance_together_and_init_races_take_each_initializers_draw(data):
    base = make_trainer(data)
    race = Race(base, data, [{"batch_size": 7}, {"batch_size": 20}], epochs=2)
    race.advance(40)
    rows = [r.trainer.cursor for r in race.runs]
    assert rows == [42, 40]  # 6 batches of 7 (the first past 40 rows), 2 of 20
    race.run_to_end()
    assert [r.record.curves["step"][-1] for r in race.runs] == [
        2 * r.trainer.steps_per_epoch for r in race.runs
    ]

    init = Race(base, data, [{"init": "he"}, {"init": "uniform"}], steps=3)
    for run, name in zip(init.runs, ("he", "uniform"), strict=True):
        want = initial_parameters(base.spec.replace(init=name))
        got = run.trainer.network.get_parameters()
        assert all(np.array_equal(got[k], want[k].astype(np.float32)) for k in want)


def test_target_stop_promote_and_divergence(data):
    base = make_trainer(data)
    race = Race(base, data, [{"lr": 0.05}, {"lr": 0.3}, {"lr": 1e4}], epochs=None, target_loss=0.69)
    for _ in range(60):
        race.advance()
    table = race.table()
    assert table[2]["status"] == "diverged" and "diverged" in table[2]["message"]
    assert [row["status"] for row in table[:2]] == ["running", "running"]
    race.stop()
    assert race.finished and race.table()[0]["status"] == "stopped"
    c = race.runs[1].record.curves
    hit = np.nonzero(c["train_loss"] <= 0.69)[0]
    expect = int(c["step"][hit[0]]) if hit.size else None
    assert race.runs[1].record.steps_to_target == expect
    race.set_target(10.0)
    assert race.runs[0].record.steps_to_target == 0
    spec, state = race.promote(1)
    assert spec.optimizer.lr == 0.3
    assert np.array_equal(
        state["params"]["W1"], race.runs[1].trainer.network.get_parameters()["W1"]
    )
    with pytest.raises(IndexError):
        race.promote(5)


def test_a_race_saved_in_a_project_reopens_with_its_curves(data, tmp_path):
    base = make_trainer(data)
    race = Race(base, data, variations({"optimizer": ["sgd", "adam"], "lr": [0.01]}), epochs=2)
    race.run_to_end()
    project = Project.from_trainer(base, DATA)
    project.race = race.record()
    path = tmp_path / "p.bplab"
    save_project(path, project)
    back = load_project(path).race
    assert back is not None and back.names == ("optimizer", "lr") and back.epochs == 2
    for saved, run in zip(back.runs, race.runs, strict=True):
        assert saved.values == run.values and saved.label == run.record.label
        for f, a in run.record.curves.items():
            assert np.array_equal(saved.curves[f], a, equal_nan=True)
    assert RaceRecord.from_plain(back.to_plain()).runs[1].values == {
        "optimizer": "adam",
        "lr": 0.01,
    }


def test_values_are_checked_and_named():
    assert parse_values("batch-size", ["4", "32"]) == (4, 32)
    assert parse_values("optimizer", ["SGD", "adam"]) == ("sgd", "adam")
    with pytest.raises(ValueError, match="lr: must be > 0"):
        parse_values("lr", ["0.1", "-1"])
    with pytest.raises(ValueError, match="given twice"):
        parse_values("l2", ["0.1", "0.1"])
    with pytest.raises(KeyError, match="cannot vary 'colour'"):
        check_value("colour", 1)
    spec = NetworkSpec.simple(2, (3, 3), 1, loss="bce")
    relu = apply_values(spec, {"activation": "relu"})
    assert [ly.activation for ly in relu.layers] == ["relu", "relu", "sigmoid"]
    assert len(variations({"optimizer": ["sgd", "adam"], "lr": [0.1, 0.2, 0.3]})) == 6


def test_a_main_run_that_stopped_early_does_not_stop_the_race(data):
    base = make_trainer(data, patience=1)
    base.stopped_early = True
    race = Race(base, data, [{"lr": 0.01}, {"lr": 0.1}], steps=5)
    race.run_to_end()
    assert [row["step"] for row in race.table()] == [5, 5]
    with pytest.raises(ValueError, match="a value for each of lr"):
        Race(base, data, [{"lr": 0.01}, {"optimizer": "adam"}], steps=5)


def test_a_wide_networks_paths_stay_within_their_memory_budget(data):
    from engine.landscape import flat_parameters
    from engine.race import PATH_MAX_BYTES, PATH_MIN_POINTS

    spec = NetworkSpec.simple(2, (300, 300), 1, activation="tanh", loss="bce", lr=0.05)
    base = Trainer(spec.replace(batch_size=7), data.X_train, data.y_train)
    start = flat_parameters(base.network)
    n_params = start.size
    assert n_params > 90_000
    race = Race(base, data, [{"optimizer": o} for o in ("sgd", "adam")], epochs=30)
    race.run_to_end()
    for (steps, pts), run in zip(race.paths(), race.runs, strict=True):
        assert pts.nbytes <= max(PATH_MAX_BYTES, PATH_MIN_POINTS * 8 * n_params)
        assert len(pts) >= PATH_MIN_POINTS // 2  # thinned, not emptied
        assert np.array_equal(pts[0], start)  # the shared start and the run's end are kept
        assert np.array_equal(pts[-1], flat_parameters(run.trainer.network))
        assert steps[-1] == run.trainer.step_count - base.step_count
