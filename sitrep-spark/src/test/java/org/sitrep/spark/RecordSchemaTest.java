package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ArticleRecord;

class RecordSchemaTest {
  @Test
  void of_articleRecord_snakeCaseNamesAndNestedTypes() {
    StructType s = RecordSchema.of(ArticleRecord.class);
    assertEquals(DataTypes.StringType, s.apply("doc_id").dataType());
    assertEquals(DataTypes.BooleanType, s.apply("published_inferred").dataType());
    ArrayType places = (ArrayType) s.apply("places").dataType();
    StructType place = (StructType) places.elementType();
    assertEquals(DataTypes.LongType, place.apply("geonameid").dataType());
    assertEquals(DataTypes.DoubleType, place.apply("lat").dataType());
    assertEquals(DataTypes.StringType, place.apply("country_code").dataType());
    StructType event = (StructType) ((ArrayType) s.apply("events").dataType()).elementType();
    assertTrue(event.apply("actor").dataType() instanceof ArrayType, event.treeString());
    assertTrue(java.util.Arrays.asList(s.fieldNames()).contains("errors"));
  }
}
