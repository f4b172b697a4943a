package org.sitrep.spark;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.core.json.Json;

/**
 * The Spark SQL schema of a record class, derived from how sitrep's own JSON mapper writes it (the same
 * snake_case names, the same nesting), so the Parquet files have the columns of the JSONL records and keep
 * them stable from day to day, even on a day where some field is always empty. Fields other modules add to
 * the records appear here without any change.
 */
public final class RecordSchema {
  private RecordSchema() {
  }

  public static StructType of(Class<?> type) {
    ObjectMapper m = Json.mapper();
    return struct(m, m.constructType(type), new HashSet<>());
  }

  private static StructType struct(ObjectMapper m, JavaType t, Set<Class<?>> open) {
    BeanDescription bd = m.getSerializationConfig().introspect(t);
    List<StructField> fields = new ArrayList<>();
    open.add(t.getRawClass());
    for (BeanPropertyDefinition p : bd.findProperties()) {
      if (!p.couldSerialize()) {
        continue;
      }
      fields.add(DataTypes.createStructField(p.getName(), type(m, p.getPrimaryType(), open), true));
    }
    open.remove(t.getRawClass());
    return DataTypes.createStructType(fields);
  }

  private static DataType type(ObjectMapper m, JavaType t, Set<Class<?>> open) {
    Class<?> c = t.getRawClass();
    if (c == String.class || c == Character.class || c == char.class || c.isEnum()) {
      return DataTypes.StringType;
    }
    if (c == Integer.class || c == int.class || c == Short.class || c == short.class) {
      return DataTypes.IntegerType;
    }
    if (c == Long.class || c == long.class) {
      return DataTypes.LongType;
    }
    if (c == Double.class || c == double.class || c == Float.class || c == float.class) {
      return DataTypes.DoubleType;
    }
    if (c == Boolean.class || c == boolean.class) {
      return DataTypes.BooleanType;
    }
    if (t.isCollectionLikeType() || t.isArrayType()) {
      return DataTypes.createArrayType(type(m, t.getContentType(), open), true);
    }
    if (t.isMapLikeType()) {
      return DataTypes.createMapType(DataTypes.StringType, type(m, t.getContentType(), open), true);
    }
    if (Number.class.isAssignableFrom(c)) {
      return DataTypes.DoubleType;
    }
    if (c.getPackageName().startsWith("org.sitrep") && !open.contains(c)) {
      return struct(m, t, open);
    }
    return DataTypes.StringType; // anything else (free-form JSON, a recursive type) is kept as its JSON text
  }
}
