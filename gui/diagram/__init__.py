"""The editable network diagram: nodes, weighted edges, heatmaps and the step-through phase.

Modules, one concept each: ``widget`` (NetworkDiagram, the public widget), ``toolbar``
(the row of controls above it), ``scene`` (the items of one architecture, recoloured per
snapshot, and the one selection), ``layer_headers`` (titles, controls, padlocks and
captions above and below each layer), ``items`` (node, button and padlock items),
``edge_item`` (an edge, its selection halo and gestures), ``edge_labels`` (value labels
placed so they stay readable), ``layout`` (pure geometry), ``colors`` (colour scales),
``style`` (the look the window chooses: text zoom, light or dark, high contrast),
``legend``, ``symbol_key`` (what every symbol means, linked to the glossary), ``view``
(zoom/pan/fit), ``edits`` (pure spec edits), ``commands`` (QUndoCommands),
``context_menu`` (a layer's or an edge's menu), ``phase_view`` (what a trace puts on the
diagram), ``phase_title`` (the words above it), ``weight_editor`` (the typed-weight popup).
"""

from gui.diagram.widget import NetworkDiagram

__all__ = ["NetworkDiagram"]
