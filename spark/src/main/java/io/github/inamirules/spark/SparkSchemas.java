package io.github.inamirules.spark;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.DecisionRow;
import io.github.inamirules.tables.InputTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark types of the flat row form: explicit {@link StructType}s built from
 * {@link InputTable#columns()} and {@link DecisionRow#columns()}, never derived from a Java bean
 * ({@code Encoders.bean(Decision.class)} sees no bean properties in the model's value types and gives an
 * almost empty struct). Package-private; stateless.
 */
final class SparkSchemas {
    /** The amount type of the output: {@code decimal(9,2)}. */
    static final DecimalType AMOUNT = DataTypes.createDecimalType(9, 2);
    /** The output's column with the simple class name of the exception of a failed history. */
    static final String ERROR_TYPE = "errorType";
    /** The output's column with the message of the exception of a failed history. */
    static final String ERROR_MESSAGE = "errorMessage";

    private SparkSchemas() {
    }

    static DataType typeOf(DecisionRow.Type type) {
        switch (type) {
            case TEXT:
                return DataTypes.StringType;
            case DATE:
                return DataTypes.DateType;
            case INTEGER:
                return DataTypes.IntegerType;
            case AMOUNT:
                return AMOUNT;
            case TEXT_LIST:
                return DataTypes.createArrayType(DataTypes.StringType, false);
            default:
                throw new IllegalStateException("no Spark type for " + type);
        }
    }

    static StructType input(InputTable table) {
        List<StructField> fields = new ArrayList<>();
        for (InputTable.Column c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), typeOf(c.type()), !c.isRequired()));
        }
        return DataTypes.createStructType(fields);
    }

    /** The decisions: every column of {@link DecisionRow}, nullable for error rows, then the error's. */
    static StructType decisions() {
        List<StructField> fields = new ArrayList<>();
        for (DecisionRow.Column c : DecisionRow.columns()) {
            boolean nullable = c.type() != DecisionRow.Type.TEXT_LIST;
            fields.add(DataTypes.createStructField(c.columnName(), typeOf(c.type()), nullable));
        }
        fields.add(DataTypes.createStructField(ERROR_TYPE, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(ERROR_MESSAGE, DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    /** Checks that a column given has the documented type (any decimal for an amount). */
    static void check(InputTable table, InputTable.Column column, DataType given) {
        DataType expected = typeOf(column.type());
        boolean ok = column.type() == DecisionRow.Type.AMOUNT ? given instanceof DecimalType : given.equals(expected);
        if (!ok) {
            throw InvalidInputException.of(table.tableName() + "." + column.name(), given.simpleString(),
                    "expected a column of type " + expected.simpleString());
        }
    }
}
