"""Reading label_config.xml without label_studio_sdk gives what the SDK gives.

`curate validate` reads the label names on every run; it walks the XML itself (the SDK's
import alone costs most of a second). These tests hold it to the SDK's LabelInterface, on
the project's config and on configs that exercise each rule of the SDK's parse: aliases,
labels nested deeper than their control, several controls, tags that look like controls
but are not, labels outside any control, comments, self-referencing tags.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from curate.errors import ConfigError
from curate.validate.schemas import check_label_config, config_labels, label_config_path

_TEXT = '<Text name="text" value="$text"/>'

CONFIGS = {
    "aliases and nesting": f"""<View>
      <Labels name="ner" toName="text">
        <View><Label value="PERSON" alias="PER"/><Label value="ORG"/></View>
        <Label value="ORG"/>
      </Labels>
      <Relations><Relation value="works_for"/><Relation value="knows"/></Relations>
      <Choices name="sentiment" toName="text" perRegion="true">
        <View><View><Choice value="positive"/></View></View>
        <Choice value="negative" alias="neg"/>
      </Choices>
      {_TEXT}
    </View>""",
    "several label controls": f"""<View>
      <Labels name="a" toName="text"><Label value="A1"/><Label value="A2"/></Labels>
      <HyperTextLabels name="b" toName="html"><Label value="B1"/></HyperTextLabels>
      <ParagraphLabels name="c" toName="dialog"><Label value="C1"/></ParagraphLabels>
      <RectangleLabels name="d" toName="img"><Label value="NOT_A_SPAN"/></RectangleLabels>
      <TextArea name="note" toName="text"/>
      {_TEXT}<HyperText name="html" value="$html"/><Paragraphs name="dialog" value="$d"/>
      <Image name="img" value="$image"/>
    </View>""",
    "look-alikes": f"""<View>
      <!-- {{"data": {{"text": "an example task in a comment"}}}} -->
      <Filter name="filter" toName="ner" minlength="0"/>
      <Label value="ORPHAN"/>
      <Labels name="ner" toName="text"><Label value="X"/><Label/></Labels>
      <Choices name="empty" toName="text"/>
      <Header value="$title"/>
      {_TEXT}
    </View>""",
    "a self-referencing tag": """<View>
      <Chat name="chat" value="$messages"/>
      <Labels name="lab" toName="chat"><Label value="L"/></Labels>
    </View>""",
}


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_config_labels_equal_the_sdks(name: str, tmp_path: Path) -> None:
    path = tmp_path / "label_config.xml"
    path.write_text(CONFIGS[name], encoding="utf-8")
    ours = config_labels(str(path))
    assert ours == check_label_config(str(path))
    assert ours.labels  # every config above has span labels: the comparison is not empty


def test_the_projects_config_reads_the_same_with_and_without_the_sdk() -> None:
    ours = config_labels()
    assert ours == check_label_config()
    assert ours.labels == {"SPEAKER", "QUOTE", "PLACE", "DATE"}
    assert ours.relations == {"said_by"}
    assert ours.choices == {"quote_type": {"direct", "indirect"}}
    assert str(label_config_path()).endswith("label_config.xml")


def test_aliases_are_the_label_names(tmp_path: Path) -> None:
    # what an annotation stores for <Label alias=...> is the alias, as the SDK says
    path = tmp_path / "label_config.xml"
    path.write_text(CONFIGS["aliases and nesting"], encoding="utf-8")
    labels = config_labels(str(path))
    assert labels.labels == {"PER", "ORG"}
    assert labels.choices == {"sentiment": {"positive", "neg"}}
    assert labels.relations == {"works_for", "knows"}


@pytest.mark.parametrize("xml", ["<View><Labels name='x' toName='t'>", "not xml at all",
                                 '<?xml version="1.0" encoding="utf-8"?><View/>'])
def test_a_config_that_does_not_parse_is_a_config_error_either_way(xml: str,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "label_config.xml"
    path.write_text(xml, encoding="utf-8")
    with pytest.raises(ConfigError, match="not a valid Label Studio config"):
        config_labels(str(path))
    with pytest.raises(ConfigError, match="not a valid Label Studio config"):
        check_label_config(str(path))
